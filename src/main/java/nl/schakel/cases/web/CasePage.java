package nl.schakel.cases.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.cases.CaseCommands.EndParticipation;
import nl.schakel.cases.CaseCommands.Handover;
import nl.schakel.cases.CaseCommands.InterventionMove;
import nl.schakel.cases.CaseCommands.MilestoneMove;
import nl.schakel.cases.CaseCommands.NewIntervention;
import nl.schakel.cases.CaseCommands.NewLogEntry;
import nl.schakel.cases.CaseCommands.NewMilestone;
import nl.schakel.cases.CaseCommands.NewParticipant;
import nl.schakel.cases.CaseCommands.StatusMove;
import nl.schakel.cases.CaseEnums;
import nl.schakel.cases.CaseId;
import nl.schakel.cases.CaseMeetings;
import nl.schakel.cases.CaseNotFoundException;
import nl.schakel.cases.CaseParts.Participant;
import nl.schakel.cases.CasePlan;
import nl.schakel.cases.CaseScope;
import nl.schakel.cases.CaseTeam;
import nl.schakel.cases.CaseView;
import nl.schakel.cases.CaseViewer;
import nl.schakel.cases.CaseWarnings;
import nl.schakel.cases.Cases;
import nl.schakel.cases.MilestoneStatus;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the case page for one tab, with the forms the viewer may use; every path that shows it comes here. */
@Component
class CasePage {

    static final String VIEW = "cases/case";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    /** The tabs, by their path segment. */
    enum Tab {
        OVERVIEW("overzicht", CaseScope.CORE), SIGNALS("signalen", CaseScope.SUBJECTS),
        SUBJECTS("betrokkenen", CaseScope.SUBJECTS), PARTICIPANTS("deelnemers", CaseScope.CORE),
        MILESTONES("mijlpalen", CaseScope.CORE), INTERVENTIONS("interventies", CaseScope.CORE),
        LOG("logboek", CaseScope.CORE);

        final String path;
        final CaseScope needs;

        Tab(String path, CaseScope needs) {
            this.path = path;
            this.needs = needs;
        }

        public String path() {
            return path;
        }

        static Optional<Tab> of(String path) {
            return Arrays.stream(values()).filter(t -> t.path.equals(path)).findFirst();
        }
    }

    private final Cases cases;
    private final CasePlan plan;
    private final CaseTeam team;
    private final CaseMeetings meetings;
    private final Organisations organisations;
    private final MessageSource messages;
    private final Clock clock;
    private final CaseWarnings warnings;

    CasePage(Cases cases, CasePlan plan, CaseTeam team, CaseMeetings meetings, Organisations organisations,
            MessageSource messages, Clock clock, CaseWarnings warnings) {
        this.messages = messages;
        this.meetings = meetings;
        this.warnings = warnings;
        this.cases = cases;
        this.team = team;
        this.plan = plan;
        this.organisations = organisations;
        this.clock = clock;
    }

    static CaseViewer viewer(SchakelUser user) {
        return CaseViewer.of(user).orElseThrow(() -> new AccessDeniedException("No case role"));
    }

    String show(SchakelUser user, UUID id, Tab tab, Model model) {
        CaseView view = cases.read(viewer(user), new CaseId(id));
        if (!view.sees(tab.needs)) {
            throw new CaseNotFoundException();
        }
        boolean steers = view.lead().organisationId().equals(user.organisationId());
        model.addAttribute("case", view);
        model.addAttribute("tab", tab);
        model.addAttribute("tabs", Arrays.stream(Tab.values()).filter(t -> view.sees(t.needs)).toList());
        model.addAttribute("steers", steers);
        model.addAttribute("base", "/casussen/" + id);
        model.addAttribute("caseBanners", warnings.forCase(user.regionId(), view));
        switch (tab) {
            case OVERVIEW -> overview(view, user, model);
            case SIGNALS -> model.addAttribute("signals", cases.signals(view));
            case SUBJECTS -> model.addAttribute("subjects", cases.subjects(view));
            case PARTICIPANTS -> participants(view, user, model);
            case MILESTONES -> milestones(view, model);
            case INTERVENTIONS -> interventions(view, user, model);
            case LOG -> log(view, model);
        }
        return VIEW;
    }

    private void overview(CaseView view, SchakelUser user, Model model) {
        model.addAttribute("awaitsMe", view.awaits(user.userId()));
        model.addAttribute("nextStatuses", view.status().next());
        model.addAttribute("outcomes", CaseEnums.Outcome.values());
        defaults(model, "statusForm", new StatusMove(null, null));
        defaults(model, "handoverAnswer", new CaseForms.HandoverAnswer(null));
        Map<String, String> coming = new LinkedHashMap<>();
        meetings.coming(user).forEach(m -> coming.put(m.id().toString(), messages.getMessage(
                "meetings.type." + m.type().name(), null, LocaleContextHolder.getLocale()) + " – "
                + m.heldOn().format(DAY)));
        model.addAttribute("comingMeetings", coming);
        defaults(model, "meetingForm", new CaseForms.ToMeeting(null));
    }

    private void participants(CaseView view, SchakelUser user, Model model) {
        List<Participant> participants = cases.participants(view);
        model.addAttribute("participants", participants);
        model.addAttribute("candidates", candidates(participants));
        Map<String, String> orgs = new LinkedHashMap<>();
        Map<String, String> people = new LinkedHashMap<>();
        for (Organisation o : organisations.inRegion(new RegionId(user.regionId()))) {
            if (o.active()) {
                orgs.put(o.id().value().toString(), o.name());
                team.people(o.id().value()).forEach(m -> people.put(m.id().value().toString(),
                        o.name() + " – " + m.displayName()));
            }
        }
        model.addAttribute("organisationOptions", orgs);
        model.addAttribute("personOptions", people);
        model.addAttribute("roles", List.of(CaseEnums.ParticipantRole.CONTRIBUTOR, CaseEnums.ParticipantRole.ADVISOR,
                CaseEnums.ParticipantRole.INFORMED));
        model.addAttribute("scopes", CaseScope.values());
        defaults(model, "participantForm", new NewParticipant(null, null, null, null, null, LocalDate.now(clock), null));
        defaults(model, "endForm", new EndParticipation(null));
        defaults(model, "handoverForm", new Handover(null));
    }

    private void milestones(CaseView view, Model model) {
        List<nl.schakel.cases.CaseParts.Milestone> milestones = plan.milestones(view);
        model.addAttribute("milestones", milestones);
        Map<String, String> options = new LinkedHashMap<>();
        milestones.stream().filter(m -> m.status().isOpen()).forEach(m -> options.put(m.id().toString(), m.title()));
        model.addAttribute("milestoneOptions", options);
        model.addAttribute("owners", candidates(cases.participants(view)));
        model.addAttribute("milestoneStatuses", MilestoneStatus.values());
        defaults(model, "milestoneForm", new NewMilestone(null, null, null));
        defaults(model, "milestoneMove", new MilestoneMove(null, null));
    }

    private void interventions(CaseView view, SchakelUser user, Model model) {
        model.addAttribute("interventions", plan.interventions(view));
        Map<String, String> types = new LinkedHashMap<>();
        plan.catalogue().forEach(t -> types.put(t.code(), t.code()));
        model.addAttribute("interventionTypes", types.keySet());
        Map<String, String> executing = new LinkedHashMap<>();
        cases.participants(view).stream().filter(p -> p.endsOn() == null)
                .forEach(p -> executing.putIfAbsent(p.who().organisationId().toString(), p.who().organisationName()));
        model.addAttribute("executingOptions", executing);
        defaults(model, "interventionForm", new NewIntervention(null, user.organisationId(), null, null, null, null));
    }

    private void log(CaseView view, Model model) {
        model.addAttribute("entries", cases.log(view));
        model.addAttribute("kinds", List.of(CaseEnums.LogKind.NOTE, CaseEnums.LogKind.DECISION,
                CaseEnums.LogKind.CONTACT, CaseEnums.LogKind.INFORMATION_SHARED));
        model.addAttribute("writableScopes", view.scopes().stream().sorted().toList());
        defaults(model, "logForm", new NewLogEntry(null, CaseScope.CORE, null, null));
    }

    /** Current participants as options: "organisation – person". */
    private static Map<String, String> candidates(List<Participant> participants) {
        Map<String, String> options = new LinkedHashMap<>();
        participants.stream().filter(p -> p.endsOn() == null).forEach(p -> options.put(p.id().toString(),
                p.who().organisationName() + (p.who().personName() == null ? "" : " – " + p.who().personName())));
        return options;
    }

    private static void defaults(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
