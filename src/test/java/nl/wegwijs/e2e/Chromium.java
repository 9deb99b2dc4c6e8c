package nl.wegwijs.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Debian's Chromium driven by Playwright, never a downloaded browser. The path: environment
 * variable {@code CHROMIUM_PATH}, else Maven's {@code -Dchromium.path=}, else {@code /usr/bin/chromium}.
 */
public final class Chromium {

    private Chromium() {
    }

    public static Browser launch(Playwright playwright) {
        Path executable = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH",
                System.getProperty("wegwijs.chromium.path", "/usr/bin/chromium")));
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("No Chromium at " + executable
                    + ": install Debian's chromium package or set CHROMIUM_PATH");
        }
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(executable)
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync")));
    }
}
