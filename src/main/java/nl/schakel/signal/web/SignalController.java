package nl.schakel.signal.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import jakarta.servlet.http.HttpServletResponse;
import nl.schakel.attachments.AttachmentContent;
import nl.schakel.attachments.AttachmentDestroyedException;
import nl.schakel.attachments.AttachmentId;
import nl.schakel.forms.ShownOnce;
import nl.schakel.signal.RouteStep;
import nl.schakel.signal.SignalDesk;
import nl.schakel.signal.SignalId;
import nl.schakel.signal.SignalPage;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The designated officer's page of one signal, taking it up, its PDF, and its attachments. */
@Controller
@RequestMapping("/signalen")
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class SignalController {

    private final SignalDesk desk;
    private final SignalPage page;
    private final ShownOnce shownOnce;
    private final SignalPdf pdf;

    SignalController(SignalDesk desk, SignalPage page, ShownOnce shownOnce, SignalPdf pdf) {
        this.desk = desk;
        this.page = page;
        this.shownOnce = shownOnce;
        this.pdf = pdf;
    }

    /** The page, opened at the step in {@code ?stap=} (after a save there), or at the next step. */
    @GetMapping("/{id}")
    String signal(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @RequestParam(name = "stap", defaultValue = "") String step, Model model) {
        String view = page.show(officer, new SignalId(id), RouteStep.ofAnchor(step).orElse(null), model);
        shownOnce.reveal(model);
        return view;
    }

    /** Oppakken: the officer takes the signal up; back to the first step, which now says who took it up. */
    @PostMapping("/{id}/oppakken")
    String takeUp(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, RedirectAttributes redirect) {
        try {
            desk.takeUp(officer, new SignalId(id));
        } catch (java.util.NoSuchElementException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "signal.takeUp.done");
        return "redirect:" + RouteStep.RECEIVE.pageOf(new SignalId(id));
    }

    /** The signal as a PDF (audited), without the sealed fields; not cached, not shown inline. */
    @GetMapping("/{id}/pdf")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id) {
        SignalPdf.Document document = pdf.render(officer, new SignalId(id))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.filename(), StandardCharsets.UTF_8).build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("X-Content-Type-Options", "nosniff")
                .body(document.bytes());
    }

    @GetMapping("/{id}/bijlagen/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id,
            @PathVariable UUID attachmentId) {
        AttachmentContent content = desk.attachment(officer, new SignalId(id), new AttachmentId(attachmentId))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.info().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(content.info().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content.bytes());
    }

    /** A file of a signal whose data key was destroyed: it says so (410), never an error (decision 0029). */
    @ExceptionHandler(AttachmentDestroyedException.class)
    String attachmentDestroyed(HttpServletResponse response) {
        response.setStatus(HttpStatus.GONE.value());
        return "signal/attachment-destroyed";
    }
}
