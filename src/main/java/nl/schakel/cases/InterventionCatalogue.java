package nl.schakel.cases;

import java.util.List;
import java.util.Objects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import nl.schakel.audit.AuditEvent;
import nl.schakel.audit.AuditTrail;
import nl.schakel.cases.CaseParts.InterventionType;
import nl.schakel.cases.internal.PlanStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The administrator's intervention catalogue: every type with its legal article and default scope, versioned. A
 * change is a new version; interventions already made keep the version they were made with, new ones take the newest.
 */
@Service
public class InterventionCatalogue {

    private final PlanStore plan;
    private final AuditTrail audit;

    InterventionCatalogue(PlanStore plan, AuditTrail audit) {
        this.plan = plan;
        this.audit = audit;
    }

    /** A new version of a type: its legal article, default scope, and whether it carries an amount. */
    public record NewVersion(@NotBlank(message = "{cases.field.required}") @Nullable String type,
            @NotBlank(message = "{cases.field.required}") @Size(max = 200, message = "{cases.catalogue.tooLong}")
            @Nullable String legalArticle,
            @NotNull(message = "{cases.field.required}") @Nullable CaseScope defaultScope,
            @Nullable Boolean hasAmount) {
    }

    /** Every version of every type, newest first per type. */
    @Transactional(readOnly = true)
    public List<InterventionType> versions() {
        return plan.allVersions();
    }

    /**
     * @return the new version number
     * @throws CaseRefusedException for a code that is not in the catalogue
     */
    @Transactional
    public int addVersion(NewVersion command) {
        int version = plan.addVersion(Objects.requireNonNull(command.type()),
                Objects.requireNonNull(command.legalArticle()).strip(), Objects.requireNonNull(command.defaultScope()),
                Boolean.TRUE.equals(command.hasAmount()));
        if (version == 0) {
            throw new CaseRefusedException("type", "cases.catalogue.unknownType");
        }
        audit.record(AuditEvent.success("INTERVENTION_TYPE_VERSIONED", "INTERVENTION_TYPE", command.type(),
                "CATALOGUE_ADMINISTRATION"));
        return version;
    }
}
