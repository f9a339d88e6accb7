package org.yuanwu.quality;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.indicator.Period;
import org.yuanwu.quality.internal.InspectionRepository;

/**
 * Units ranked by their average score over the published inspections of one checklist (all its
 * versions) in a period, best first; places 1–3 are the gold, silver and bronze of the year-end
 * ranking. Equal averages share a place. Only units in the caller's scope are ranked.
 */
@Service
@Transactional(readOnly = true)
public class QualityRankings {

    private final InspectionRepository inspections;
    private final QualityTemplates templates;
    private final QualityAccess access;

    QualityRankings(InspectionRepository inspections, QualityTemplates templates, QualityAccess access) {
        this.inspections = inspections;
        this.templates = templates;
        this.access = access;
    }

    public List<RankingRow> ranking(Long templateId, Period period, Long unitId) {
        Actor actor = CurrentActor.require(Permissions.QUALITY_READ);
        if (templateId == null) {
            throw DomainException.invalid("templateId", "quality.error.templateRequired");
        }
        if (period == null) {
            throw DomainException.invalid("period", "quality.error.periodRequired");
        }
        String family = templates.load(templateId).getFamilyCode();
        Collection<Long> scoped = access.scopedUnitIds(actor);
        Collection<Long> wanted = unitId == null ? null : access.subtree(unitId);
        List<Object[]> rows = inspections.averagesEverywhere(family, period.start(), period.end());
        List<RankingRow> raw = new ArrayList<>();
        for (Object[] r : rows) {
            Long unit = (Long) r[0];
            if ((scoped != null && !scoped.contains(unit)) || (wanted != null && !wanted.contains(unit))) {
                continue;
            }
            BigDecimal avg = new BigDecimal(r[1].toString()).setScale(1, RoundingMode.HALF_UP);
            raw.add(new RankingRow(0, unit, access.unitName(unit), avg, ((Number) r[2]).longValue()));
        }
        raw.sort(Comparator.comparing(RankingRow::averageScore).reversed().thenComparing(RankingRow::unitName));
        List<RankingRow> ranked = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            RankingRow r = raw.get(i);
            int place = i > 0 && raw.get(i - 1).averageScore().compareTo(r.averageScore()) == 0
                    ? ranked.get(i - 1).place() : i + 1;
            ranked.add(new RankingRow(place, r.unitId(), r.unitName(), r.averageScore(), r.inspections()));
        }
        return ranked;
    }
}
