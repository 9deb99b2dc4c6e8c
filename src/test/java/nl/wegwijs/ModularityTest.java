package nl.wegwijs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(WegwijsApplication.class);

    @Test
    void modulesOnlyUseWhatTheyDeclare() {
        modules.verify();
    }

    @Test
    void everyModuleOfTheDesignExists() {
        assertThat(modules.stream().map(module -> module.getBasePackage().getName()))
                .containsExactlyInAnyOrder("nl.wegwijs.directory", "nl.wegwijs.selfassessment",
                        "nl.wegwijs.applications", "nl.wegwijs.chat", "nl.wegwijs.accounts", "nl.wegwijs.shared");
    }
}
