package nl.schakel.intake.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import nl.schakel.intake.FollowUpView;
import nl.schakel.intake.ReporterFollowUp;
import nl.schakel.intake.web.ReplyForms.FollowUpForm;
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

/**
 * Following up an anonymous signal with the receipt code. The code only ever travels in a POST body,
 * never in a URL; failed look-ups are throttled per hashed source, in memory.
 */
@Controller
@RequestMapping("/melden/volgen")
class FollowUpController {


    private final ReporterFollowUp followUp;
    private final IntakeThrottles throttles;
    private final IntakeHandles handles;

    FollowUpController(ReporterFollowUp followUp, IntakeThrottles throttles, IntakeHandles handles) {
        this.followUp = followUp;
        this.throttles = throttles;
        this.handles = handles;
    }

    @ModelAttribute
    void publicPage(Model model) {
        model.addAttribute("publicPage", true);
    }

    @GetMapping
    String enterCode() {
        return "intake/follow-up-code";
    }

    @PostMapping
    String show(@Valid @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model,
            HttpServletRequest request, HttpServletResponse response) {
        String code = form.codeOrEmpty();
        // One failed look-up is taken from the source's and the code prefix's allowance before the code is
        // checked, and given back when the code was right: check and count in one step, never global.
        Optional<IntakeThrottles.LookupPermit> permit = throttles.admitLookup(IntakeThrottles.source(request), code);
        if (permit.isEmpty()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader("Retry-After", String.valueOf(throttles.lookupRetryAfterSeconds()));
            return "intake/too-many";
        }
        if (form.reply() != null) {
            return reply(code, form, errors, model, permit.get(), response);
        }
        if (followUp.byReceipt(code).isEmpty()) {
            return unknownCode(model, response);
        }
        permit.get().succeeded();
        return shown(code, null);
    }

    /**
     * The signal followed up, for a few minutes after the code was entered or an answer sent (Post/Redirect/Get
     * without a session: the code waits behind a random handle, decision 0013). Afterwards: enter the code again.
     */
    @GetMapping("/{handle}")
    String view(@PathVariable String handle, Model model) {
        Optional<PublicHandles.Held> held = handles.followUps().view(handle);
        Optional<FollowUpView> view = held.flatMap(h -> followUp.byReceipt(h.code()));
        if (view.isEmpty()) {
            model.addAttribute("expired", true);
            return "intake/follow-up-code";
        }
        model.addAttribute("code", held.get().code());
        model.addAttribute("view", view.get());
        model.addAttribute("form", new FollowUpForm(held.get().code(), null));
        if (held.get().notice() != null) {
            model.addAttribute("notice", held.get().notice());
        }
        return "intake/follow-up";
    }

    private String shown(String code, @Nullable String notice) {
        String handle = handles.followUps().hold(code, notice);
        return "redirect:" + IntakeHandles.withLanguage("/melden/volgen/" + handle,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    private String reply(String code, FollowUpForm form, BindingResult errors, Model model,
            IntakeThrottles.LookupPermit permit, HttpServletResponse response) {
        if (errors.hasErrors()) {
            Optional<FollowUpView> view = followUp.byReceipt(code);
            if (view.isEmpty()) {
                return unknownCode(model, response);
            }
            permit.succeeded();
            model.addAttribute("code", code);
            model.addAttribute("view", view.get());
            return "intake/follow-up";
        }
        if (!followUp.replyByReceipt(code, form.reply().strip())) {
            return unknownCode(model, response);
        }
        permit.succeeded();
        return shown(code, "followUp.reply.sent");
    }

    private String unknownCode(Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("problem", "followUp.code.unknown");
        return "intake/follow-up-code";
    }
}
