package nl.schakel.signal.web;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.attachments.AttachmentContent;
import nl.schakel.attachments.AttachmentId;
import nl.schakel.forms.ShownOnce;
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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** The designated officer's page of one signal, and its attachments. */
@Controller
@RequestMapping("/signalen")
@PreAuthorize("hasRole('DESIGNATED_OFFICER')")
class SignalController {

    private final SignalDesk desk;
    private final SignalPage page;
    private final ShownOnce shownOnce;

    SignalController(SignalDesk desk, SignalPage page, ShownOnce shownOnce) {
        this.desk = desk;
        this.page = page;
        this.shownOnce = shownOnce;
    }

    @GetMapping("/{id}")
    String signal(@AuthenticationPrincipal SchakelUser officer, @PathVariable UUID id, Model model) {
        String view = page.show(officer, new SignalId(id), model);
        shownOnce.reveal(model);
        return view;
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
}
