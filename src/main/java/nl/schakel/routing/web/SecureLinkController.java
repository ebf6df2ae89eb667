package nl.schakel.routing.web;

import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.routing.PartnerReferrals.Answer;
import nl.schakel.routing.ReferralNotFoundException;
import nl.schakel.routing.ReferralRejectedException;
import nl.schakel.routing.ReferralTransitionRefusedException;
import nl.schakel.routing.SecureLinkReferrals;
import nl.schakel.routing.SecureLinkReferrals.LinkResult;
import nl.schakel.routing.SharedPart;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * A partner without an account opens the referral through its secure link and answers once: a decline with
 * a reason, or feedback. Used or expired links answer 410 Gone. No login, no session, no cookie.
 */
@Controller
@RequestMapping("/doorverwijzing/{token}")
class SecureLinkController {

    private final SecureLinkReferrals referrals;

    SecureLinkController(SecureLinkReferrals referrals) {
        this.referrals = referrals;
    }

    @GetMapping
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        return show(token, referrals.openLink(token), model, response);
    }

    @PostMapping
    String answer(@PathVariable String token, @RequestParam(required = false) @Nullable Answer answer,
            @RequestParam(defaultValue = "") String text, Model model, HttpServletResponse response) {
        try {
            if (answer == null) {
                throw new ReferralRejectedException("answer", "routing.link.answer.required");
            }
            if (!referrals.answerByLink(token, answer, text)) {
                return show(token, referrals.openLink(token), model, response);
            }
        } catch (ReferralRejectedException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("linkProblem", e.messageKey());
            model.addAttribute("linkText", text);
            model.addAttribute("linkAnswer", answer);
            return show(token, referrals.openLink(token), model, response);
        } catch (ReferralTransitionRefusedException | ReferralNotFoundException e) {
            response.setStatus(HttpStatus.GONE.value());
            return "routing/link-gone";
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
            model.addAttribute("sharedParts", SharedPart.values());
            return "routing/link";
        }
        if (result instanceof LinkResult.Gone) {
            response.setStatus(HttpStatus.GONE.value());
            return "routing/link-gone";
        }
        throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
