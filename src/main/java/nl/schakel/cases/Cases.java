package nl.schakel.cases;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.audit.Outcome;
import nl.schakel.cases.CaseParts.LogEntry;
import nl.schakel.cases.CaseParts.Participant;
import nl.schakel.cases.internal.CaseNames;
import nl.schakel.cases.internal.CaseRow;
import nl.schakel.cases.internal.CaseStore;
import nl.schakel.cases.internal.LogStore;
import nl.schakel.cases.internal.TeamStore;
import nl.schakel.cases.internal.TeamStore.ParticipantRow;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalSubjects;
import nl.schakel.signal.SignalSummary;
import nl.schakel.signal.Signals;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads of cases for a viewer. Whether the viewer's organisation participates, and in which scopes, is decided in
 * the SQL; a case it does not participate in does not exist (404). Every read is audited.
 */
@Service
@Transactional(readOnly = true)
public class Cases {

    static final String PURPOSE = "CASE_COORDINATION";

    private final CaseStore cases;
    private final TeamStore team;
    private final LogStore log;
    private final CaseNames names;
    private final Signals signals;
    private final AuditTrail audit;
    private final Clock clock;

    Cases(CaseStore cases, TeamStore team, LogStore log, CaseNames names, Signals signals, AuditTrail audit,
            Clock clock) {
        this.cases = cases;
        this.team = team;
        this.log = log;
        this.names = names;
        this.signals = signals;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reference and title of a case, only when this person may open cases and participates in this one. */
    public Optional<CaseSummary> visibleTo(CaseId id, SchakelUser user) {
        return CaseViewer.of(user).flatMap(viewer -> cases.find(id, viewer, today()))
                .map(row -> new CaseSummary(row.id(), row.reference(), row.title()));
    }

    /** The cases the viewer's organisation participates in, open ones first. */
    public List<CaseView> list(CaseViewer viewer) {
        List<CaseView> views = new ArrayList<>();
        for (CaseRow row : cases.visible(viewer, today())) {
            views.add(view(row));
        }
        audit.record(new AuditEvent("CASE_LIST_READ", "CASE", null, PURPOSE, Outcome.SUCCESS));
        return views;
    }

    /**
     * The case as the viewer may see it; audited.
     *
     * @throws CaseNotFoundException when there is no such case or the viewer does not participate
     */
    public CaseView read(CaseViewer viewer, CaseId id) {
        Optional<CaseRow> row = cases.find(id, viewer, today());
        if (row.isEmpty()) {
            audit.record(new AuditEvent("CASE_READ", "CASE", id.toString(), PURPOSE, Outcome.DENIED));
            throw new CaseNotFoundException();
        }
        audit.record(AuditEvent.success("CASE_READ", "CASE", id, PURPOSE));
        return view(row.get());
    }

    /** The signals the case took in, for a viewer with the subjects scope; none otherwise. */
    public List<SignalSummary> signals(CaseView view) {
        if (!view.sees(CaseScope.SUBJECTS)) {
            return List.of();
        }
        return signals.summaries(cases.signals(view.id()).stream().map(SignalId::new).toList());
    }

    /** The ids of the signals the case took in, for a viewer with the subjects scope. */
    public List<SignalId> signalIds(CaseView view) {
        return view.sees(CaseScope.SUBJECTS) ? cases.signals(view.id()).stream().map(SignalId::new).toList() : List.of();
    }

    /** Who and what the case's signals name, for a viewer with the subjects scope; none otherwise. */
    public List<SignalSubjects> subjects(CaseView view) {
        return signalIds(view).stream().flatMap(id -> signals.subjects(id).stream()).toList();
    }

    public List<Participant> participants(CaseView view) {
        List<ParticipantRow> rows = team.participants(view.id());
        CaseNames.Lookup lookup = names.lookup(rows.stream().map(ParticipantRow::organisationId).toList(),
                rows.stream().map(ParticipantRow::personId).toList());
        return rows.stream().map(p -> new Participant(p.id(), lookup.person(p.organisationId(), p.personId()),
                p.role(), p.scopes(), p.legalBasis(), p.startsOn(), p.endsOn())).toList();
    }

    /** The log entries in the viewer's scopes, newest first. */
    public List<LogEntry> log(CaseView view) {
        List<LogStore.LogRow> rows = log.entries(view.id(), view.scopes());
        CaseNames.Lookup lookup = names.lookup(List.of(), rows.stream().map(LogStore.LogRow::actorId).toList());
        return rows.stream().map(r -> new LogEntry(r.id(), r.occurredAt(), r.kind(), r.scope(),
                lookup.personName(r.actorId()), r.code(), r.text(), r.legalBasis())).toList();
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private CaseView view(CaseRow row) {
        Optional<ParticipantRow> lead = team.lead(row.id());
        Optional<TeamStore.HandoverRow> pending = team.pendingHandover(row.id());
        List<UUID> orgs = new ArrayList<>();
        List<UUID> people = new ArrayList<>();
        lead.ifPresent(l -> {
            orgs.add(l.organisationId());
            people.add(l.personId());
        });
        pending.ifPresent(h -> {
            orgs.add(h.organisationId());
            people.add(h.personId());
        });
        CaseNames.Lookup lookup = names.lookup(orgs, people);
        CaseView.Person leadPerson = lead.map(l -> lookup.person(l.organisationId(), l.personId()))
                .orElseThrow(() -> new IllegalStateException("A case without a lead"));
        return new CaseView(row.id(), row.reference(), row.title(), row.focus(), row.exploitationForms(),
                row.flags(), row.escalationLevel(), row.legalBasis(), row.status(), row.outcome(), row.scopes(),
                leadPerson, pending.map(h -> lookup.person(h.organisationId(), h.personId())).orElse(null));
    }
}
