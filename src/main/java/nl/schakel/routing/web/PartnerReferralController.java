package nl.schakel.routing.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.access.Role;
import nl.schakel.access.SchakelUser;
import nl.schakel.forms.FormErrors;
import nl.schakel.routing.PartnerReferrals;
import nl.schakel.routing.PartnerReferrals.Answer;
import nl.schakel.routing.PartnerReferrals.Partner;
import nl.schakel.routing.PoliceReferralBanners;
import nl.schakel.routing.ReferralId;
import nl.schakel.routing.ReferralNotFoundException;
import nl.schakel.routing.ReferralRejectedException;
import nl.schakel.routing.ReferralTransitionRefusedException;
import nl.schakel.routing.SharedPart;
import nl.schakel.routing.SharedReferral;
import nl.schakel.routing.web.AnswerForms.DeclineForm;
import nl.schakel.routing.web.AnswerForms.FeedbackForm;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Partners see the referrals to their own organisation and answer them. */
@Controller
@RequestMapping("/doorverwijzingen")
@PreAuthorize("hasAnyRole('CARE_COORDINATOR', 'REPORTING_CENTRE', 'POLICE', 'LABOUR_INSPECTORATE', 'CARE_PROVIDER')")
class PartnerReferralController {

    private static final String DETAIL = "routing/partner-referral";

    private final PartnerReferrals referrals;
    private final PartnerPageModel pageModel;
    private final PoliceReferralBanners banners;

    PartnerReferralController(PartnerReferrals referrals, PartnerPageModel pageModel, PoliceReferralBanners banners) {
        this.referrals = referrals;
        this.pageModel = pageModel;
        this.banners = banners;
    }

    @GetMapping
    String list(@AuthenticationPrincipal SchakelUser user, Model model) {
        model.addAttribute("referrals", referrals.list(partner(user)));
        return "routing/partner-list";
    }

    @GetMapping("/{id}")
    String detail(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        if (user.hasRole(Role.POLICE)) {
            model.addAttribute("banners", banners.forReferral(partner(user), new ReferralId(id)));
        }
        return show(model, partner(user), id);
    }

    @PostMapping("/{id}/accepteren")
    String accept(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(user, id, Answer.ACCEPT, null, null, model, response, redirect);
    }

    @PostMapping("/{id}/afwijzen")
    String decline(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(user, id, Answer.DECLINE, form.reason(), errors, model, response, redirect);
    }

    @PostMapping("/{id}/in-behandeling")
    String start(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(user, id, Answer.START, null, null, model, response, redirect);
    }

    @PostMapping("/{id}/terugkoppeling")
    String feedback(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id,
            @Valid @ModelAttribute("feedbackForm") FeedbackForm form, BindingResult errors, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(user, id, Answer.FEEDBACK, form.feedback(), errors, model, response, redirect);
    }

    /** Completing is a step of its own: this page asks first; the form below posts the completion (PRG). */
    @GetMapping("/{id}/afronden")
    String confirmComplete(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model) {
        SharedReferral referral = referrals.read(partner(user), new ReferralId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!referral.mayComplete()) {
            return "redirect:/doorverwijzingen/" + id;
        }
        model.addAttribute("questionKey", "routing.completeStep.partner");
        model.addAttribute("questionArgument", referral.signalReference());
        model.addAttribute("entries", referral.feedbackEntries());
        model.addAttribute("completeUrl", "/doorverwijzingen/" + id + "/afronden");
        model.addAttribute("backUrl", "/doorverwijzingen/" + id);
        return "routing/complete-confirm";
    }

    @PostMapping("/{id}/afronden")
    String complete(@AuthenticationPrincipal SchakelUser user, @PathVariable UUID id, Model model,
            HttpServletResponse response, RedirectAttributes redirect) {
        return answer(user, id, Answer.COMPLETE, null, null, model, response, redirect);
    }

    private String answer(SchakelUser user, UUID id, Answer answer, @Nullable String text,
            @Nullable BindingResult errors, Model model, HttpServletResponse response, RedirectAttributes redirect) {
        Partner partner = partner(user);
        try {
            if (errors == null || !errors.hasErrors()) {
                referrals.answer(partner, new ReferralId(id), answer, text);
            }
        } catch (ReferralNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (ReferralRejectedException e) {
            if (errors == null) {
                throw e;
            }
            FormErrors.refuse(errors, e.field(), e.messageKey());
        } catch (ReferralTransitionRefusedException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("from", e.from());
            model.addAttribute("to", e.to());
            model.addAttribute("backUrl", "/doorverwijzingen/" + id);
            return "routing/refused";
        }
        if (errors != null && errors.hasErrors()) {
            if (user.hasRole(Role.POLICE)) {
                model.addAttribute("banners", banners.forReferral(partner, new ReferralId(id)));
            }
            return show(model, partner, id);
        }
        redirect.addFlashAttribute("notice", "routing.answered." + answer.name());
        return "redirect:/doorverwijzingen/" + id;
    }

    private String show(Model model, Partner partner, UUID id) {
        SharedReferral referral = referrals.read(partner, new ReferralId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("referral", referral);
        pageModel.add(model, referral);
        model.addAttribute("sharedParts", SharedPart.values());
        model.addAttribute("action", "/doorverwijzingen/" + id);
        if (!model.containsAttribute("declineForm")) {
            model.addAttribute("declineForm", new DeclineForm(null));
        }
        if (!model.containsAttribute("feedbackForm")) {
            model.addAttribute("feedbackForm", new FeedbackForm(null));
        }
        return DETAIL;
    }

    private static Partner partner(SchakelUser user) {
        return Partner.of(user).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
