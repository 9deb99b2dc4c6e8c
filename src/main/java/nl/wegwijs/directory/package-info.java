/** Sociale kaart: the searchable directory of local help. */
@ApplicationModule(displayName = "Directory (sociale kaart)", allowedDependencies = "shared")
package nl.wegwijs.directory;

import org.springframework.modulith.ApplicationModule;
