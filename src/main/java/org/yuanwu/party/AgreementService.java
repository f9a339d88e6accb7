package org.yuanwu.party;

import java.time.LocalDate;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.yuanwu.common.AccessDeniedProblem;
import org.yuanwu.common.Actor;
import org.yuanwu.common.CurrentActor;
import org.yuanwu.common.DomainException;
import org.yuanwu.common.Permissions;
import org.yuanwu.common.StaleEditException;
import org.yuanwu.organization.OrgUnitKind;
import org.yuanwu.organization.UnitView;
import org.yuanwu.party.internal.Agreement;
import org.yuanwu.party.internal.AgreementRepository;

/**
 * Integrity responsibility agreements (责任书): signed between the director and each department, or between the
 * hospital and a supplier, each checked once a year; and the departments still without a signed agreement this year.
 */
@Service
@Transactional
public class AgreementService {

    public static final String RECORD_TYPE = "party_agreement";

    private final AgreementRepository agreements;
    private final PartySupport support;

    AgreementService(AgreementRepository agreements, PartySupport support) {
        this.agreements = agreements;
        this.support = support;
    }

    @Transactional(readOnly = true)
    public List<AgreementView> list(int year, AgreementKind kind) {
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        Map<Long, String> names = new HashMap<>();
        return agreements.findByYearOrderBySignedOnDescIdDesc(year).stream()
                .filter(a -> kind == null || a.getKind() == kind)
                .filter(a -> support.canSee(actor, a.getUnitId()))
                .map(a -> view(a, names)).toList();
    }

    @Transactional(readOnly = true)
    public AgreementView get(Long id) {
        Agreement a = load(id);
        Actor actor = CurrentActor.require(Permissions.PARTY_READ);
        if (!support.canSee(actor, a.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return view(a, new HashMap<>());
    }

    /** The active departments the caller sees that have no (uncancelled) department agreement signed in the year. */
    @Transactional(readOnly = true)
    public List<UnitView> departmentsWithout(int year) {
        CurrentActor.require(Permissions.PARTY_READ);
        Set<Long> signed = agreements.findByYearAndKindAndCancelReasonIsNull(year, AgreementKind.DEPARTMENT).stream()
                .map(Agreement::getUnitId).collect(Collectors.toSet());
        return support.units.allVisible(true).stream()
                .filter(u -> u.kind() == OrgUnitKind.DEPARTMENT && !signed.contains(u.id())).toList();
    }

    public AgreementView create(AgreementForm form) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        String second = check(form, actor);
        Agreement a = new Agreement(actor.username(), support.now());
        a.apply(form.getKind(), form.getUnitId(), form.getFirstParty().strip(), second, form.getContent().strip(),
                form.getSignedOn(), support.now());
        agreements.saveAndFlush(a);
        support.created(RECORD_TYPE, a.getId(), a.getFirstParty() + " — " + a.getSecondParty(), a.snapshot());
        return view(a, new HashMap<>());
    }

    public AgreementView update(Long id, AgreementForm form) {
        Agreement a = load(id);
        Actor actor = writable(a);
        StaleEditException.check(form.getVersion(), a.getVersion());
        requireOpen(a);
        String second = check(form, actor);
        Map<String, Object> before = a.snapshot();
        a.apply(form.getKind(), form.getUnitId(), form.getFirstParty().strip(), second, form.getContent().strip(),
                form.getSignedOn(), support.now());
        agreements.saveAndFlush(a);
        support.updated(RECORD_TYPE, id, a.getFirstParty() + " — " + a.getSecondParty(), before, a.snapshot());
        return view(a, new HashMap<>());
    }

    public AgreementView check(Long id, AgreementCheck body) {
        Agreement a = load(id);
        writable(a);
        StaleEditException.check(body.version(), a.getVersion());
        requireOpen(a);
        if (body.result() == null) {
            throw DomainException.invalid("result", "party.error.checkResultRequired");
        }
        LocalDate on = body.on() == null ? support.today() : body.on();
        if (on.isBefore(a.getSignedOn()) || on.isAfter(support.today())) {
            throw DomainException.invalid("on", "party.error.checkRange");
        }
        String notes = PartySupport.limited(body.notes(), "notes", 2000);
        Map<String, Object> before = a.snapshot();
        a.check(body.result(), on, notes, support.now());
        agreements.saveAndFlush(a);
        support.updated(RECORD_TYPE, id, a.getFirstParty() + " — " + a.getSecondParty(), before, a.snapshot());
        return view(a, new HashMap<>());
    }

    public AgreementView cancel(Long id, String reason, Long version) {
        Agreement a = load(id);
        writable(a);
        StaleEditException.check(version, a.getVersion());
        requireOpen(a);
        String why = PartySupport.reason(reason);
        Map<String, Object> before = a.snapshot();
        a.cancel(why, support.now());
        agreements.saveAndFlush(a);
        support.deactivated(RECORD_TYPE, id, a.getFirstParty() + " — " + a.getSecondParty(), before, a.snapshot());
        return view(a, new HashMap<>());
    }

    private String check(AgreementForm form, Actor actor) {
        if (form.getKind() == null) {
            throw DomainException.invalid("kind", "party.error.kindRequired");
        }
        if (form.getSignedOn() == null) {
            throw DomainException.invalid("signedOn", "party.error.dateRequired");
        }
        if (form.getSignedOn().isAfter(support.today())) {
            throw DomainException.invalid("signedOn", "party.error.dateFuture");
        }
        PartySupport.required(form.getFirstParty(), "firstParty", "party.error.firstPartyRequired", 100);
        PartySupport.required(form.getContent(), "content", "party.error.contentRequired", 4000);
        UnitView unit = support.unitInScope(actor, form.getUnitId(), "unitId");
        String second = PartySupport.limited(form.getSecondParty(), "secondParty", 200);
        if (form.getKind() == AgreementKind.SUPPLIER) {
            if (second == null) {
                throw DomainException.invalid("secondParty", "party.error.supplierRequired");
            }
            return second;
        }
        if (unit.kind() != OrgUnitKind.DEPARTMENT && unit.kind() != OrgUnitKind.WARD && unit.kind() != OrgUnitKind.OFFICE) {
            throw DomainException.invalid("unitId", "party.error.agreementUnitKind");
        }
        return second == null ? unit.name() : second;
    }

    private void requireOpen(Agreement a) {
        if (a.getCancelReason() != null) {
            throw DomainException.conflict("party.error.agreementCancelled");
        }
    }

    private Actor writable(Agreement a) {
        Actor actor = CurrentActor.require(Permissions.PARTY_WRITE);
        if (!support.canSee(actor, a.getUnitId())) {
            throw new AccessDeniedProblem();
        }
        return actor;
    }

    private Agreement load(Long id) {
        return agreements.findById(id).orElseThrow(() -> DomainException.notFound("party.error.agreementNotFound", id));
    }

    private AgreementView view(Agreement a, Map<Long, String> names) {
        return new AgreementView(a.getId(), a.getKind(), a.getYear(), a.getUnitId(), support.unitName(a.getUnitId(), names),
                a.getFirstParty(), a.getSecondParty(), a.getContent(), a.getSignedOn(), a.getCheckResult(), a.getCheckedOn(),
                a.getCheckNotes(), a.getCancelReason(), a.getVersion());
    }

}
