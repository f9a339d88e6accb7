package org.yuanwu.demo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.yuanwu.identity.UserAccounts;
import org.yuanwu.identity.UserView;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.quality.FindingStatus;
import org.yuanwu.quality.FindingView;
import org.yuanwu.quality.InspectionForm;
import org.yuanwu.quality.InspectionView;
import org.yuanwu.quality.QualityFindings;
import org.yuanwu.quality.QualityInspections;
import org.yuanwu.quality.QualityTemplates;
import org.yuanwu.quality.ReviewStepKind;
import org.yuanwu.quality.ScoreLine;
import org.yuanwu.quality.TemplateItemView;
import org.yuanwu.quality.TemplateKind;
import org.yuanwu.quality.TemplateView;

/**
 * Monthly nursing-quality checks of the first department's wards, through the three-level chain: the quality office
 * inspects and submits, the department head reviews, the nursing department signs off. The wards answer most findings
 * with evidence and the office accepts them; the last month's findings are still open, as they would be.
 */
@Component
@Order(26)
class DemoQuality implements DemoContribution {

    private final QualityInspections inspections;
    private final QualityFindings findings;
    private final QualityTemplates templates;
    private final UserAccounts users;
    private final DemoActors actors;
    private final TransactionTemplate transaction;

    DemoQuality(QualityInspections inspections, QualityFindings findings, QualityTemplates templates, UserAccounts users,
                DemoActors actors, PlatformTransactionManager transactionManager) {
        this.inspections = inspections;
        this.findings = findings;
        this.templates = templates;
        this.users = users;
        this.actors = actors;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    @Override
    public String generate(long seed, List<UnitView> units, LocalDate today) {
        Random random = new Random(seed ^ 0x9A11L);
        Long department = users.findByUsername("depthead").map(UserView::scopeUnitId).orElse(null);
        TemplateView template = actors.as("quality", () -> templates.active().stream()
                .filter(t -> t.kind() == TemplateKind.NURSING_QUALITY).findFirst().orElse(null));
        if (department == null || template == null) {
            return "no quality inspections (no department head or template)";
        }
        List<UnitView> wards = units.stream().filter(u -> u.kind() == OrgUnitKind.WARD && department.equals(u.parentId())).toList();
        byte[] evidence = evidencePhoto();
        int[] counts = transaction.execute(status -> {
            int done = 0;
            int closed = 0;
            for (int back = 6; back >= 1; back--) {
                LocalDate day = today.minusMonths(back).withDayOfMonth(10 + random.nextInt(10));
                for (UnitView ward : wards) {
                    InspectionView inspection = actors.as("quality", () -> inspect(template, ward, day, random));
                    actors.as("depthead", () -> inspections.step(inspection.id(), ReviewStepKind.REVIEW,
                            inspections.get(inspection.id()).version(), null));
                    actors.as("nursing", () -> inspections.step(inspection.id(), ReviewStepKind.SIGN_OFF,
                            inspections.get(inspection.id()).version(), null));
                    done++;
                    if (back > 1) {
                        closed += close(inspection.id(), evidence);
                    }
                }
            }
            return new int[] {done, closed};
        });
        return counts[0] + " nursing-quality inspections, " + counts[1] + " findings rectified";
    }

    private InspectionView inspect(TemplateView template, UnitView ward, LocalDate day, Random random) {
        InspectionForm form = new InspectionForm();
        form.setUnitId(ward.id());
        form.setTemplateId(template.id());
        form.setInspectionDate(day);
        form.setDeadlineDays(14);
        InspectionView created = inspections.create(form);
        List<ScoreLine> lines = new ArrayList<>();
        for (TemplateItemView item : template.items()) {
            boolean deduct = !item.photoRequired() && !item.veto() && random.nextInt(5) == 0;
            lines.add(new ScoreLine(item.id(), deduct ? 1 : 0, null, deduct ? "抽查发现：" + item.text() + "未完全落实" : null));
        }
        InspectionView scored = inspections.score(created.id(), created.version(), lines, "月度护理质量检查", 14);
        return inspections.step(scored.id(), ReviewStepKind.SUBMIT, scored.version(), null);
    }

    /** The ward answers each open finding with a photo; the office accepts. Recurrences wait for the head's answer. */
    private int close(Long inspectionId, byte[] evidence) {
        int closed = 0;
        for (FindingView f : actors.as("quality", () -> findings.ofInspection(inspectionId))) {
            if (f.status() != FindingStatus.OPEN || f.recurrence()) {
                continue;
            }
            FindingView answered = actors.as("depthead", () -> findings.answer(f.id(), f.version(), "已组织科室学习并整改，护士长跟踪落实",
                    null, "evidence.png", evidence));
            actors.as("quality", () -> findings.verify(answered.id(), answered.version(), true, null));
            closed++;
        }
        return closed;
    }

    private static byte[] evidencePhoto() {
        BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
