/**
 * The portal shell (layout, home, login, error and content pages, theme, languages) and the few
 * building blocks every module uses: configuration, the data folder, security.
 */
@ApplicationModule(displayName = "Shared", type = ApplicationModule.Type.OPEN)
package nl.wegwijs.shared;

import org.springframework.modulith.ApplicationModule;
