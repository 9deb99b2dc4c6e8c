package nl.wegwijs.applications.web;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A case shaped like a {@code Zaak} of the Dutch ZGW Zaken API (VNG, version 1.5), with its status
 * history, documents and result embedded so that one request carries the whole case.
 */
record Zaak(
        String url,
        String identificatie,
        String bronorganisatie,
        String zaaktype,
        String omschrijving,
        LocalDate registratiedatum,
        LocalDate startdatum,
        LocalDate einddatum,
        LocalDate uiterlijkeEinddatumAfdoening,
        LocalDate publicatiedatum,
        String status,
        List<Status> statussen,
        List<ZaakInformatieObject> zaakinformatieobjecten,
        Resultaat resultaat) {

    record Status(String statustype, String statustoelichting, OffsetDateTime datumStatusGezet) {
    }

    record ZaakInformatieObject(String titel, String informatieobjecttype, String formaat, long bestandsomvang,
            OffsetDateTime registratiedatum) {
    }

    record Resultaat(String resultaattype, String toelichting) {
    }
}
