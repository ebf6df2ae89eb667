package nl.schakel.routing;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.List;

import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.routing.internal.LinkMailer;
import nl.schakel.routing.internal.PartnerAccounts;
import nl.schakel.routing.internal.RoutingProperties;
import nl.schakel.routing.internal.SecureLinks;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import static nl.schakel.routing.ReferralChecks.blank;

/**
 * For a partner without an account: makes a new referral's secure link and mails it once the referral exists for
 * sure (decision 0013).
 */
@Component
class SecureLinkIssuer {

    private final PartnerAccounts accounts;
    private final SecureLinks links;
    private final LinkMailer mailer;
    private final RoutingProperties properties;
    private final AuditTrail audit;

    SecureLinkIssuer(PartnerAccounts accounts, SecureLinks links, LinkMailer mailer, RoutingProperties properties,
            AuditTrail audit) {
        this.accounts = accounts;
        this.links = links;
        this.mailer = mailer;
        this.properties = properties;
        this.audit = audit;
    }

    /** The link, or null when the partner has users in Schakel (they need none). */
    @Nullable String issue(ReferralId id, java.util.UUID partner, Instant dueAt, @Nullable String contactEmail,
            Instant now) {
        if (accounts.hasAccount(partner)) {
            return null;
        }
        // The link lives at least as long as the partner has to answer, plus a week's grace.
        Instant expires = Collections.max(List.of(now.plus(properties.linkValidity()), dueAt.plus(Duration.ofDays(7))));
        String token = links.create(id, expires, now);
        String link = mailer.url(token);
        if (!blank(contactEmail)) {
            afterCommit(contactEmail.strip(), link);
        }
        audit.record(AuditEvent.success("REFERRAL_LINK_CREATED", "REFERRAL", id, Referrals.PURPOSE));
        return link;
    }

    /** The link goes out only once the referral exists for sure; the mail server never holds the transaction. */
    private void afterCommit(String to, String link) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            mailer.send(to, link);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                mailer.send(to, link);
            }
        });
    }
}
