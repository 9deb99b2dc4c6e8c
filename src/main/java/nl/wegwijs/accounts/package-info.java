/** People who sign in, their roles and (later) who may act on whose behalf. */
@ApplicationModule(displayName = "Accounts", allowedDependencies = "shared")
package nl.wegwijs.accounts;

import org.springframework.modulith.ApplicationModule;
