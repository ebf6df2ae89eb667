package nl.schakel.routing.web;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.forms.FormErrors;
import nl.schakel.routing.PartnerReferrals.Answer;
import nl.schakel.routing.ReferralNotFoundException;
import nl.schakel.routing.ReferralRejectedException;
import nl.schakel.routing.ReferralTransitionRefusedException;
import nl.schakel.routing.SecureLinkReferrals;
import nl.schakel.routing.SecureLinkReferrals.LinkResult;
import nl.schakel.routing.SharedPart;
import nl.schakel.routing.web.AnswerForms.LinkAnswerForm;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * A partner without an account opens the referral through its secure link and answers once: a decline with
 * a reason, or feedback. Used or expired links answer 410 Gone. No login, no session, no cookie.
 */
@Controller
@RequestMapping("/doorverwijzing/{token}")
class SecureLinkController {

    private final SecureLinkReferrals referrals;
    private final PartnerPageModel pageModel;

    SecureLinkController(SecureLinkReferrals referrals, PartnerPageModel pageModel) {
        this.referrals = referrals;
        this.pageModel = pageModel;
    }

    @GetMapping
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("linkForm", new LinkAnswerForm(Answer.FEEDBACK, null));
        return show(token, referrals.openLink(token), model, response);
    }

    @PostMapping
    String answer(@PathVariable String token, @Valid @ModelAttribute("linkForm") LinkAnswerForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        try {
            if (!errors.hasErrors() && !referrals.answerByLink(token, form.answer(), form.text())) {
                return show(token, referrals.openLink(token), model, response);
            }
        } catch (ReferralRejectedException e) {
            FormErrors.refuse(errors, e.field().equals("answer") ? "answer" : "text", e.messageKey());
        } catch (ReferralTransitionRefusedException | ReferralNotFoundException e) {
            response.setStatus(HttpStatus.GONE.value());
            return "routing/link-gone";
        }
        if (errors.hasErrors()) {
            return show(token, referrals.openLink(token), model, response);
        }
        return "redirect:/doorverwijzing/" + token + "/bedankt";
    }

    /** After answering (Post/Redirect/Get): thanks while the link is used, else back to the link. */
    @GetMapping("/bedankt")
    String thanks(@PathVariable String token) {
        return referrals.openLink(token) instanceof LinkResult.Gone ? "routing/link-thanks"
                : "redirect:/doorverwijzing/" + token;
    }

    private String show(String token, LinkResult result, Model model, HttpServletResponse response) {
        if (result instanceof LinkResult.Open open) {
            model.addAttribute("linkToken", token);
            model.addAttribute("referral", open.referral());
            pageModel.add(model, open.referral());
            model.addAttribute("sharedParts", SharedPart.values());
            model.addAttribute("linkAnswers", java.util.List.of(Answer.FEEDBACK, Answer.DECLINE));
            return "routing/link";
        }
        if (result instanceof LinkResult.Gone) {
            response.setStatus(HttpStatus.GONE.value());
            return "routing/link-gone";
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
