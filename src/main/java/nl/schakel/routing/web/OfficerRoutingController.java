package nl.schakel.routing.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;
import nl.schakel.access.SchakelUser;
import nl.schakel.directory.DirectoryCard;
import nl.schakel.forms.FormErrors;
import nl.schakel.forms.ShownOnce;
import nl.schakel.organisations.OrganisationId;
import nl.schakel.organisations.RegionId;
import nl.schakel.routing.LegalBasis;
import nl.schakel.routing.MandatoryPartners;
import nl.schakel.routing.Recommendation;
import nl.schakel.routing.Recommendations;
import nl.schakel.routing.ReferralContacts;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralNotFoundException;
import nl.schakel.routing.ReferralRejectedException;
import nl.schakel.routing.ReferralRequest;
import nl.schakel.routing.ReferralTransitionRefusedException;
import nl.schakel.routing.RoutingFact;
import nl.schakel.routing.Referrals;
import nl.schakel.routing.CapturedParts;
import nl.schakel.routing.ReferralFeedback;
import nl.schakel.routing.SentReferral;
import nl.schakel.routing.SharedPart;
import nl.schakel.signal.RouteStep;
import nl.schakel.signal.SignalId;
import org.jspecify.annotations.Nullable;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The officer routes a signal to partners (doorzetten), follows and revokes its referrals. */
@Controller
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class OfficerRoutingController {

    private static final String FORM = "routing/route";

    private final Referrals referrals;
    private final Recommendations recommendations;

    private final ShownOnce shownOnce;
    private final ReferralContacts contacts;
    private final MandatoryPartners mandatory;
    private final CapturedParts captured;
    private final ReferralFeedback feedback;

    OfficerRoutingController(Referrals referrals, Recommendations recommendations, ShownOnce shownOnce,
            ReferralContacts contacts, MandatoryPartners mandatory, CapturedParts captured,
            ReferralFeedback feedback) {
        this.captured = captured;
        this.feedback = feedback;
        this.shownOnce = shownOnce;
        this.contacts = contacts;
        this.mandatory = mandatory;
        this.referrals = referrals;
        this.recommendations = recommendations;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("legalBases", LegalBasis.values());
        model.addAttribute("sharedParts", SharedPart.values());
    }

    @GetMapping("/signalen/{id}/doorzetten")
    String form(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(required = false) @Nullable UUID partner, Model model) {
        List<Recommendation> candidates = recommendations.candidates(officer, new SignalId(id));
        List<RoutingForm.Choice> rows = candidates.stream()
                .map(c -> new RoutingForm.Choice(c.organisationId(),
                        partner == null ? c.recommended() : partner.equals(c.organisationId()),
                        RoutingDefaults.legalBasis(c.type()), null, RoutingDefaults.parts(c.type()), c.defaultDue(),
                        null, null))
                .toList();
        return show(model, officer, id, candidates, new RoutingForm(rows, null));
    }

    @PostMapping("/signalen/{id}/doorzetten")
    String send(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @Valid @ModelAttribute("form") RoutingForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        SignalId signal = new SignalId(id);
        List<Recommendation> candidates = recommendations.candidates(officer, signal);
        Map<UUID, Recommendation> byId = byId(candidates);
        List<ReferralRequest> requests = new ArrayList<>();
        List<RoutingForm.@Nullable Choice> rows = form.partners() == null ? List.of() : form.partners();
        for (int i = 0; i < rows.size(); i++) {
            RoutingForm.Choice row = rows.get(i);
            if (row == null || !row.isSelected()) {
                continue;
            }
            Recommendation candidate = row.organisationId() == null ? null : byId.get(row.organisationId());
            if (candidate == null) {
                FormErrors.refuse(errors, "partners[" + i + "].selected", "routing.partner.invalid");
                continue;
            }
            ReferralRequest request = row.request(candidate.defaultDue());
            if (errors.hasFieldErrors("partners[" + i + "]*")) {
                continue;
            }
            Optional<ReferralRejectedException> problem = referrals.check(officer, signal, request);
            if (problem.isPresent()) {
                String field = problem.get().field().equals("partnerOrganisationId") ? "selected" : problem.get().field();
                FormErrors.refuse(errors, "partners[" + i + "]." + field, problem.get().messageKey());
            } else {
                requests.add(request);
            }
        }
        List<Recommendation> leftOut = MandatoryPartners.leftOut(candidates, form.chosen());
        String reason = form.leftOutReason() == null ? "" : form.leftOutReason().strip();
        if (!leftOut.isEmpty() && reason.isEmpty()) {
            FormErrors.refuse(errors, "leftOutReason", "routing.leftOutReason.required");
        }
        if (errors.hasErrors()) {
            return show(model, officer, id, candidates, form);
        }
        List<SentReferral> sent = mandatory.sendWithout(officer, signal, requests, leftOut, reason);
        List<SentReferral> withLinks = sent.stream().filter(s -> s.secureLink() != null).toList();
        if (!withLinks.isEmpty()) {
            // The links exist only now: shown once on the next page, only a handle in the session (decision 0013).
            shownOnce.hold(redirect, Map.of("signalId", id, "sent", sent));
            return "redirect:/signalen/" + id + "/doorgezet";
        }
        redirect.addFlashAttribute("notice", "routing.sent");
        redirect.addFlashAttribute("noticeArgument", sent.size());
        return "redirect:" + RouteStep.ROUTE.pageOf(new SignalId(id));
    }

    /** The secure links just made, once: a reload finds them gone and goes to the signal. */
    @GetMapping("/signalen/{id}/doorgezet")
    String sent(@PathVariable UUID id, Model model) {
        return shownOnce.reveal(model) ? "routing/sent" : "redirect:" + RouteStep.ROUTE.pageOf(new SignalId(id));
    }

    /** The signal's referrals on a page of their own (the signal page includes the same fragment). */
    @GetMapping("/signalen/{id}/doorverwijzingen")
    String list(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, Model model) {
        SignalId signal = new SignalId(id);
        // An unknown signal and an empty list look alike in forSignal; for anyone else the signal does not exist.
        if (!referrals.mayRoute(officer, signal)) {
            referrals.forSignal(officer, signal);
            throw new ReferralNotFoundException();
        }
        model.addAttribute("signalId", id);
        model.addAttribute("referrals", referrals.forSignal(officer, signal));
        return "routing/referrals";
    }

    @PostMapping("/signalen/{id}/doorverwijzingen/{referralId}/intrekken")
    String revoke(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, @PathVariable UUID referralId,
            RedirectAttributes redirect) {
        referrals.revoke(officer, new ReferralId(referralId));
        redirect.addFlashAttribute("notice", "routing.revoked");
        return "redirect:" + RouteStep.ROUTE.pageOf(new SignalId(id));
    }

    /** Completing is a step of its own: this page asks first, with the partner's feedback; its form posts (PRG). */
    @GetMapping("/signalen/{id}/doorverwijzingen/{referralId}/afronden")
    String confirmComplete(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID referralId, Model model) {
        ReferralFeedback.PartnerFeedback referral = feedback.forSignal(officer, new SignalId(id)).stream()
                .filter(f -> f.id().value().equals(referralId)).findFirst()
                .orElseThrow(ReferralNotFoundException::new);
        String page = RouteStep.FEEDBACK.pageOf(new SignalId(id));
        if (!referral.mayComplete()) {
            return "redirect:" + page;
        }
        model.addAttribute("questionKey", "routing.completeStep.officer");
        model.addAttribute("questionArgument", referral.partnerName());
        model.addAttribute("entries", referral.entries());
        model.addAttribute("completeUrl", "/signalen/" + id + "/doorverwijzingen/" + referralId + "/afronden");
        model.addAttribute("backUrl", page);
        return "routing/complete-confirm";
    }

    @PostMapping("/signalen/{id}/doorverwijzingen/{referralId}/afronden")
    String complete(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, @PathVariable UUID referralId,
            RedirectAttributes redirect) {
        referrals.complete(officer, new ReferralId(referralId));
        redirect.addFlashAttribute("notice", "routing.completed");
        return "redirect:" + RouteStep.FEEDBACK.pageOf(new SignalId(id));
    }

    /** One-click acute routing shows what will be shared, and with whom, before it goes (issue 16 item 3). */
    @GetMapping("/signalen/{id}/politie")
    String confirmAcute(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, Model model) {
        Referrals.AcuteRoute route = referrals.acuteRoute(officer, new SignalId(id));
        model.addAttribute("signalId", id);
        model.addAttribute("route", route);
        model.addAttribute("card", contacts.card(new RegionId(officer.regionId()), route.police().id()).orElse(null));
        return "routing/acute-confirm";
    }

    @PostMapping("/signalen/{id}/politie")
    String acute(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, RedirectAttributes redirect) {
        referrals.routeAcuteToPolice(officer, new SignalId(id));
        redirect.addFlashAttribute("notice", "routing.acuteSent");
        return "redirect:" + RouteStep.ROUTE.pageOf(new SignalId(id));
    }

    @ExceptionHandler(ReferralNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "error/404";
    }

    @ExceptionHandler(ReferralTransitionRefusedException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String refused(ReferralTransitionRefusedException e, Model model) {
        model.addAttribute("from", e.from());
        model.addAttribute("to", e.to());
        return "routing/refused";
    }

    @ExceptionHandler(ReferralRejectedException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_CONTENT)
    String rejected(ReferralRejectedException e, Model model) {
        model.addAttribute("problem", e.messageKey());
        return "routing/problem";
    }

    private String show(Model model, SchakelUser officer, UUID signalId, List<Recommendation> candidates,
            RoutingForm form) {
        model.addAttribute("signalId", signalId);
        model.addAttribute("candidates", byId(candidates));
        Map<UUID, DirectoryCard> cards = new HashMap<>();
        candidates.forEach(c -> contacts.card(new RegionId(officer.regionId()), new OrganisationId(c.organisationId()))
                .ifPresent(card -> cards.put(c.organisationId(), card)));
        model.addAttribute("cards", cards);
        model.addAttribute("mandatory", candidates.stream().filter(c -> !c.mandatoryFacts().isEmpty()).toList());
        model.addAttribute("proposeB8", candidates.stream().anyMatch(c -> c.because(RoutingFact.UNDOCUMENTED)));
        model.addAttribute("form", form);
        model.addAttribute("preview", captured.preview(officer, new SignalId(signalId)));
        return FORM;
    }

    private static Map<UUID, Recommendation> byId(List<Recommendation> candidates) {
        return candidates.stream().collect(Collectors.toMap(Recommendation::organisationId, Function.identity(),
                (a, b) -> a, LinkedHashMap::new));
    }
}
