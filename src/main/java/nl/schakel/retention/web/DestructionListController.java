package nl.schakel.retention.web;

import java.util.UUID;

import nl.schakel.access.SchakelUser;
import nl.schakel.access.UserDirectory;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.retention.internal.Batches;
import nl.schakel.retention.internal.DestructionList;
import nl.schakel.retention.internal.RetentionJob;
import nl.schakel.retention.internal.RetentionRefusedException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The destruction list ({@code /beheer/vernietigingslijst}): the batches with their counts (held ones with their
 * reason), each record destroyed with its policy version, action, batch and who executed it — never content; and,
 * with four eyes on, the approval of a waiting batch.
 */
@Controller
@RequestMapping("/beheer/vernietigingslijst")
@PreAuthorize("hasRole('ADMIN')")
class DestructionListController {

    private static final int SHOWN = 500;

    private final DestructionList list;
    private final Batches batches;
    private final RetentionJob job;
    private final UserDirectory users;
    private final AuditTrail audit;

    DestructionListController(DestructionList list, Batches batches, RetentionJob job, UserDirectory users,
            AuditTrail audit) {
        this.list = list;
        this.batches = batches;
        this.job = job;
        this.users = users;
        this.audit = audit;
    }

    @GetMapping
    String show(Model model) {
        audit.record(new AuditEvent("RETENTION_DESTRUCTION_LIST_VIEWED", "RETENTION_BATCH", null, "RETENTION",
                nl.schakel.audit.Outcome.SUCCESS));
        var rows = list.latest(SHOWN);
        var batchList = batches.recent();
        model.addAttribute("rows", rows);
        model.addAttribute("batches", batchList);
        model.addAttribute("counts", batchList.stream().collect(java.util.stream.Collectors.toMap(Batches.Batch::id,
                b -> batches.counts(b.id()))));
        model.addAttribute("names", users.displayNames(java.util.stream.Stream.concat(
                rows.stream().map(DestructionList.Row::executedBy), batchList.stream().map(Batches.Batch::submittedBy))
                .filter(java.util.Objects::nonNull).distinct().toList()));
        return "retention/destruction-list";
    }

    @PostMapping("/{batch}/goedkeuren")
    String approve(@AuthenticationPrincipal SchakelUser admin, @PathVariable UUID batch, RedirectAttributes redirect) {
        var before = batches.batch(batch).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try {
            job.approve(batch, admin.userId());
            redirect.addFlashAttribute("notice", before.submittedBy() == null
                    ? "retention.batch.submitDone" : "retention.batch.approveDone");
        } catch (RetentionRefusedException refused) {
            // Back to the list with the reason in words (one's own batch, or one that no longer waits: a second
            // click after the run), rather than a bare status page.
            redirect.addFlashAttribute("problem", refused.getMessage());
        }
        return "redirect:/beheer/vernietigingslijst";
    }
}
