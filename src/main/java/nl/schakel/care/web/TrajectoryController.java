package nl.schakel.care.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.care.B8Decision;
import nl.schakel.care.ConsentSigner;
import nl.schakel.care.ConsentStatus;
import nl.schakel.care.MunicipalityReason;
import nl.schakel.care.Need;
import nl.schakel.care.OffenceType;
import nl.schakel.care.ResidenceStatus;
import nl.schakel.care.Trajectories;
import nl.schakel.care.TrajectoryId;
import nl.schakel.care.TrajectoryNotFoundException;
import nl.schakel.care.TrajectoryRefusedException;
import nl.schakel.care.TrajectoryTransitionRefusedException;
import nl.schakel.care.TrajectoryView;
import nl.schakel.care.TrajectoryWork;
import nl.schakel.care.web.TrajectoryForms.B8DecisionForm;
import nl.schakel.care.web.TrajectoryForms.B8StartForm;
import nl.schakel.care.web.TrajectoryForms.ConsentForm;
import nl.schakel.care.web.TrajectoryForms.NeedsForm;
import nl.schakel.care.web.TrajectoryForms.NewForm;
import nl.schakel.care.web.TrajectoryForms.NonPunishmentForm;
import nl.schakel.care.web.TrajectoryForms.StatusForm;
import nl.schakel.catalogue.CatalogueItem;
import nl.schakel.catalogue.IndicatorCatalogues;
import nl.schakel.forms.FormErrors;
import nl.schakel.organisations.Organisation;
import nl.schakel.organisations.OrganisationType;
import nl.schakel.organisations.Organisations;
import nl.schakel.organisations.RegionId;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The trajectory pages: the list (for each role what it may see), a new trajectory and the lead care coordinator's
 * work on one (status, needs, consent, B8 period, non-punishment). The service decides what each person sees.
 */
@Controller
@PreAuthorize("hasAnyRole('CARE_COORDINATOR', 'POLICE', 'DESIGNATED_OFFICER', 'CARE_PROVIDER')")
class TrajectoryController {

    private static final String DETAIL = "care/trajectory";

    private final Trajectories trajectories;
    private final TrajectoryWork work;
    private final Organisations organisations;
    private final IndicatorCatalogues catalogue;

    TrajectoryController(Trajectories trajectories, TrajectoryWork work, Organisations organisations,
            IndicatorCatalogues catalogue) {
        this.trajectories = trajectories;
        this.work = work;
        this.organisations = organisations;
        this.catalogue = catalogue;
    }

    @GetMapping("/trajecten")
    String list(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("trajectories", trajectories.list(user));
        model.addAttribute("viewer", Trajectories.viewerOf(user));
        return "care/list";
    }

    @GetMapping("/trajecten/nieuw")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String newForm(@AuthenticationPrincipal SchakelUser user, Model model, Locale locale) {
        return showNew(user, model, locale, NewForm.empty());
    }

    @PostMapping("/trajecten/nieuw")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String create(@AuthenticationPrincipal SchakelUser user, @Valid @ModelAttribute("form") NewForm form,
            BindingResult errors, Model model, Locale locale, RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                TrajectoryId id = work.start(user, form.command());
                redirect.addFlashAttribute("notice", "care.created");
                return "redirect:/trajecten/" + id;
            } catch (TrajectoryRefusedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        return showNew(user, model, locale, form);
    }

    @GetMapping("/trajecten/{id}")
    String detail(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model, Locale locale) {
        return show(user, id, model, locale);
    }

    @PostMapping("/trajecten/{id}/status")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String status(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("statusForm") StatusForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(user, id, errors, model, locale, redirect, () -> work.move(user, new TrajectoryId(id), form.to()));
    }

    @PostMapping("/trajecten/{id}/toestemming")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String consent(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("consentForm") ConsentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(user, id, errors, model, locale, redirect,
                () -> work.consent(user, new TrajectoryId(id), form.to(), form.signer()));
    }

    @PostMapping("/trajecten/{id}/behoeften")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String needs(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("needsForm") NeedsForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(user, id, errors, model, locale, redirect, () -> work.needs(user, new TrajectoryId(id),
                form.needs() == null ? java.util.Set.of() : form.needs()));
    }

    @PostMapping("/trajecten/{id}/b8")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String startB8(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("b8StartForm") B8StartForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(user, id, errors, model, locale, redirect,
                () -> work.startB8(user, new TrajectoryId(id), form.start(), null));
    }

    @PostMapping("/trajecten/{id}/b8/besluit")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String decideB8(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("b8DecisionForm") B8DecisionForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(user, id, errors, model, locale, redirect,
                () -> work.decideB8(user, new TrajectoryId(id), form.decision(), null));
    }

    @PostMapping("/trajecten/{id}/non-punishment")
    @PreAuthorize("hasRole('CARE_COORDINATOR')")
    String nonPunishment(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("nonPunishmentForm") NonPunishmentForm form, BindingResult errors, Model model,
            RedirectAttributes redirect, Locale locale) {
        return change(user, id, errors, model, locale, redirect, () -> work.flagNonPunishment(user, new TrajectoryId(id),
                form.offenceType(), Boolean.TRUE.equals(form.omInformed()), Boolean.TRUE.equals(form.tmmInformed())));
    }

    @ExceptionHandler(TrajectoryNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(TrajectoryTransitionRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(TrajectoryTransitionRefusedException e, Model model) {
        model.addAttribute("from", e.from());
        model.addAttribute("to", e.to());
        return "care/refused";
    }

    private String change(SchakelUser user, UUID id, BindingResult errors, Model model, Locale locale,
            RedirectAttributes redirect, Runnable action) {
        if (!errors.hasErrors()) {
            try {
                action.run();
                redirect.addFlashAttribute("notice", "care.saved");
                return "redirect:/trajecten/" + id;
            } catch (TrajectoryRefusedException e) {
                FormErrors.refuse(errors, e.field(), e.messageKey());
            }
        }
        return show(user, id, model, locale);
    }

    private String show(SchakelUser user, UUID id, Model model, Locale locale) {
        TrajectoryView view = trajectories.view(user, new TrajectoryId(id));
        model.addAttribute("t", view);
        model.addAttribute("formNames", view.care() == null ? List.of() : view.care().exploitationForms().stream()
                .map(code -> catalogue.current().exploitationForm(code).map(f -> f.text(locale)).orElse(code)).toList());
        model.addAttribute("statuses", view.status() == null ? List.of() : view.status().next());
        model.addAttribute("consents", view.care() == null ? List.of() : view.care().consent().next());
        model.addAttribute("signers", ConsentSigner.values());
        model.addAttribute("allNeeds", Need.values());
        model.addAttribute("decisions", B8Decision.values());
        model.addAttribute("offences", OffenceType.values());
        putIfAbsent(model, "statusForm", new StatusForm(null));
        putIfAbsent(model, "consentForm", new ConsentForm(null, null));
        putIfAbsent(model, "needsForm", new NeedsForm(view.care() == null ? null : view.care().needs()));
        putIfAbsent(model, "b8StartForm", new B8StartForm(null));
        putIfAbsent(model, "b8DecisionForm", new B8DecisionForm(view.b8() == null ? null : view.b8().decision()));
        putIfAbsent(model, "nonPunishmentForm", view.nonPunishment() == null ? new NonPunishmentForm(null, null, null)
                : new NonPunishmentForm(view.nonPunishment().offenceType(), view.nonPunishment().omInformed(),
                        view.nonPunishment().tmmInformed()));
        return DETAIL;
    }

    private String showNew(SchakelUser user, Model model, Locale locale, NewForm form) {
        Map<String, String> municipalities = organisations.inRegion(new RegionId(user.regionId())).stream()
                .filter(o -> o.active() && o.type() == OrganisationType.MUNICIPALITY)
                .collect(Collectors.toMap(o -> o.id().value().toString(), Organisation::name, (a, b) -> a,
                        java.util.LinkedHashMap::new));
        model.addAttribute("municipalities", municipalities);
        model.addAttribute("reasons", MunicipalityReason.values());
        model.addAttribute("residences", ResidenceStatus.values());
        model.addAttribute("allNeeds", Need.values());
        model.addAttribute("forms", catalogue.current().exploitationForms().stream()
                .collect(Collectors.toMap(CatalogueItem::code, item -> item.text(locale), (a, b) -> a,
                        java.util.LinkedHashMap::new)));
        model.addAttribute("form", form);
        return "care/new";
    }

    private static void putIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
