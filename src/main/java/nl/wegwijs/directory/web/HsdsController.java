package nl.wegwijs.directory.web;

import static nl.wegwijs.directory.web.ApiParameters.*;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.wegwijs.directory.Directory;
import nl.wegwijs.directory.DirectoryImport;
import nl.wegwijs.directory.ImportMode;
import nl.wegwijs.directory.ImportSummary;
import nl.wegwijs.directory.hsds.Hsds;
import nl.wegwijs.directory.search.Postcodes;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.search.SearchResponse;
import nl.wegwijs.shared.WegwijsProperties;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The open HSDS 3.0 API of the sociale kaart: read by anyone (active services only), import by
 * editors and administrators.
 */
@RestController
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

    private final Directory directory;
    private final DirectoryImport importer;
    private final Postcodes postcodes;
    private final long importMaxBytes;

    HsdsController(Directory directory, DirectoryImport importer, Postcodes postcodes, WegwijsProperties properties) {
        this.directory = directory;
        this.importer = importer;
        this.postcodes = postcodes;
        this.importMaxBytes = properties.directory().importMaxBytes();
    }

    @GetMapping("/services")
    Hsds.Page<Hsds.Service> services(
            @RequestParam(required = false) String search,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(name = "organization_id", required = false) String organizationId,
            @RequestParam(name = "modified_after", required = false) String modifiedAfter,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int pageNumber = page(page);
        int size = perPage(perPage);
        return directory.services(new SearchRequest(search(search), Map.of(), null, null, null,
                id("organization_id", organizationId), id("taxonomy_term_id", taxonomyTermId),
                modifiedAfter(modifiedAfter), true, offset(pageNumber, size), size));
    }

    @GetMapping("/services/{id}")
    ResponseEntity<Hsds.Service> service(@PathVariable String id) {
        return ResponseEntity.of(directory.publicService(id("id", id)));
    }

    @GetMapping("/organizations")
    Hsds.Page<Hsds.Organization> organizations(@RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int pageNumber = page(page);
        int size = perPage(perPage);
        return directory.organizations(offset(pageNumber, size), size);
    }

    @GetMapping("/organizations/{id}")
    ResponseEntity<Hsds.Organization> organization(@PathVariable String id) {
        return ResponseEntity.of(directory.publicOrganization(id("id", id)));
    }

    @GetMapping("/service_at_locations")
    Hsds.Page<LocatedService> serviceAtLocations(
            @RequestParam(required = false) String search,
            @RequestParam(required = false) String postcode,
            @RequestParam(required = false) String proximity,
            @RequestParam(name = "taxonomy_term_id", required = false) String taxonomyTermId,
            @RequestParam(required = false) String page,
            @RequestParam(name = "per_page", required = false) String perPage) {
        int pageNumber = page(page);
        int size = perPage(perPage);
        Postcodes.Point near = postcode(postcodes, postcode);
        Integer within = proximity(proximity);
        if (within != null && near == null) {
            throw new BadRequestException("proximity needs a postcode to measure from");
        }
        SearchResponse response = directory.searchLocations(new SearchRequest(search(search), Map.of(), near, within,
                null, null, id("taxonomy_term_id", taxonomyTermId), null, true, offset(pageNumber, size), size));
        Map<String, Hsds.Service> services = new HashMap<>();
        directory.load(response.hits().stream().map(SearchResponse.Hit::serviceId).distinct().toList())
                .forEach(s -> services.put(s.id(), s));
        List<LocatedService> located = new ArrayList<>();
        for (SearchResponse.Hit hit : response.hits()) {
            Hsds.Service service = services.get(hit.serviceId());
            if (service == null) {
                continue;
            }
            service.serviceAtLocations().stream().filter(at -> at.id().equals(hit.serviceAtLocationId())).findFirst()
                    .ifPresent(at -> located.add(new LocatedService(at.id(), service.id(), at.locationId(),
                            at.description(), at.location(), service,
                            hit.distanceMeters() == null ? null : Math.round(hit.distanceMeters()))));
        }
        return Directory.page(response.totalServices(), offset(pageNumber, size), size, located);
    }

    @PostMapping(path = "/import", consumes = MediaType.APPLICATION_JSON_VALUE)
    ImportSummary importServices(@RequestParam(required = false) String mode, HttpServletRequest request)
            throws IOException {
        ImportMode importMode = switch (mode == null ? "merge" : mode.strip().toLowerCase(Locale.ROOT)) {
            case "merge" -> ImportMode.MERGE;
            case "replace" -> ImportMode.REPLACE;
            default -> throw new BadRequestException("mode must be merge or replace");
        };
        if (request.getContentLengthLong() > importMaxBytes) {
            throw new PayloadTooLargeException(importMaxBytes);
        }
        return importer.importJson(readAtMost(request.getInputStream(), importMaxBytes), importMode);
    }

    private static byte[] readAtMost(InputStream body, long max) throws IOException {
        byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
        if (bytes.length > max) {
            throw new PayloadTooLargeException(max);
        }
        return bytes;
    }
}
