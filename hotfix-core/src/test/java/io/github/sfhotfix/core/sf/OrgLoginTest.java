package io.github.sfhotfix.core.sf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sfhotfix.core.EnvironmentException;
import io.github.sfhotfix.core.RejectedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrgLoginTest {

    private static final String AUTH_URL = "force://PlatformCLI::5Aep861secretRefreshToken@example.my.salesforce.com";

    @TempDir
    Path folder;

    @Test
    void aliasWithoutUrlRunsNothing() throws Exception {
        FakeSf fake = new FakeSf(folder);
        OrgLogin login = new OrgLogin(fake.runner(), "SFDX_AUTH_URL", folder.resolve("tmp"));

        String alias = login.login("prod", Map.of());

        assertThat(alias).isEqualTo("prod");
        assertThat(fake.calls()).isEmpty();
    }

    @Test
    void urlIsPassedInDeletedFile() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("org login sfdx-url", 0, "login-succeeded.json");
        OrgLogin login = new OrgLogin(fake.runner(), "PROD_AUTH", folder.resolve("tmp"));

        login.login("prod", Map.of("PROD_AUTH", AUTH_URL));

        List<String> call = fake.calls().get(0);
        Path authFile = Path.of(call.get(call.indexOf("--sfdx-url-file") + 1));
        assertThat(call).containsSequence("--alias", "prod");
        assertThat(call).doesNotContain(AUTH_URL);
        assertThat(authFile).doesNotExist();
    }

    @Test
    void authFileIsOwnerReadableOnly() throws Exception {
        Path fakeCli = folder.resolve("inspect-sf");
        Path seen = folder.resolve("seen.txt");
        Files.writeString(fakeCli, "#!/bin/bash\n"
                + "while [[ $# -gt 0 ]]; do if [[ $1 == --sfdx-url-file ]]; then"
                + " stat -c %a \"$2\" > " + seen + "; cat \"$2\" >> " + seen + "; fi; shift; done\n"
                + "echo '{\"status\":0,\"result\":{}}'\n");
        fakeCli.toFile().setExecutable(true);
        SfRunner runner = new SfRunner(SfCliOptions.defaults().withExecutable(fakeCli.toString()),
                Map.of("PATH", System.getenv("PATH")), SecretMasker.patternsOnly());

        new OrgLogin(runner, "SFDX_AUTH_URL", folder.resolve("tmp")).login("prod", Map.of("SFDX_AUTH_URL", AUTH_URL));

        assertThat(Files.readAllLines(seen)).containsExactly("600", AUTH_URL);
    }

    @Test
    void invalidUrlIsRejectedWithoutUrl() {
        FakeSf fake = new FakeSf(folder).answer("org login sfdx-url", 1, "login-invalid-url.json");
        OrgLogin login = new OrgLogin(fake.runner(), "SFDX_AUTH_URL", folder.resolve("tmp"));

        assertThatThrownBy(() -> login.login("prod", Map.of("SFDX_AUTH_URL", AUTH_URL)))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("$SFDX_AUTH_URL is invalid")
                .hasMessageNotContaining("5Aep861secretRefreshToken");
    }

    @Test
    void authFileDeletedAfterFailure() throws Exception {
        FakeSf fake = new FakeSf(folder).answer("org login sfdx-url", 10, "network-offline.json");
        Path temporary = folder.resolve("tmp");
        OrgLogin login = new OrgLogin(fake.runner(), "SFDX_AUTH_URL", temporary);

        assertThatThrownBy(() -> login.login("prod", Map.of("SFDX_AUTH_URL", AUTH_URL)))
                .isInstanceOf(EnvironmentException.class)
                .hasMessageContaining("exit code 10");
        try (var files = Files.list(temporary)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void blankAliasIsRejected() {
        FakeSf fake = new FakeSf(folder);
        OrgLogin login = new OrgLogin(fake.runner(), "SFDX_AUTH_URL", folder.resolve("tmp"));

        assertThatThrownBy(() -> login.login(" ", Map.of()))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("hotfix.sf.targetOrg");
    }

    @Test
    void dryRunDescribesLoginWithoutUrl() {
        FakeSf fake = new FakeSf(folder);
        OrgLogin login = new OrgLogin(fake.runner(), "SFDX_AUTH_URL", folder.resolve("tmp"));

        List<String> lines = login.describe("prod", Map.of("SFDX_AUTH_URL", AUTH_URL));

        assertThat(lines).singleElement().asString()
                .startsWith("sf org login sfdx-url --sfdx-url-file")
                .doesNotContain("force://");
    }
}
