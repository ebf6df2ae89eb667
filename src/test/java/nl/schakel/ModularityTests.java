package nl.schakel;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(SchakelApplication.class);

    @Test
    void modulesRespectTheirDeclaredDependencies() {
        modules.verify();
    }

    /** Every package under nl.schakel is a module, and the module table of docs/architecture.md lists each one. */
    @Test
    void everyModuleIsDocumented() {
        List<String> detected = modules.stream().map(m -> m.getIdentifier().toString()).sorted().toList();
        assertThat(detected).as("modules Spring Modulith detects vs. the packages under nl.schakel")
                .containsExactlyElementsOf(ArchitectureDocument.modulePackages());
        assertThat(ArchitectureDocument.read().firstColumn("module"))
                .as("the module table of %s", ArchitectureDocument.FILE)
                .containsExactlyInAnyOrderElementsOf(detected);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
