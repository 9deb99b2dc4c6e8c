package nl.wegwijs.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.ResourceBundle;
import java.util.Set;
import nl.wegwijs.directory.hsds.HsdsJson;
import nl.wegwijs.directory.search.SearchRequest;
import nl.wegwijs.directory.store.DirectoryStore;
import nl.wegwijs.support.PostgresTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

/** Editors' changes on PostgreSQL: rules with Dutch messages, status, search, locking, history. */
@PostgresTest
@WithMockUser(username = "editor", roles = "EDITOR")
class DirectoryEditingTest {

    @Autowired
    DirectoryEditing editing;

    @Autowired
    Directory directory;

    @Autowired
    DirectoryImport importer;

    @Autowired
    DirectoryStore store;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void restoreSample() {
        assertThat(importer.run(SampleData.all().getBytes(StandardCharsets.UTF_8), ImportMode.REPLACE).applied()).isTrue();
    }

    @Test
    void reportsEachMistakeOnItsFieldWithADutchMessage() {
        ServiceDraft wrong = new ServiceDraft(" ", null, null, null, "12345", "piet@", "www.voorbeeld.nl", false,
                "twee euro", null, null, Set.of(), Set.of(),
                List.of(new ServiceDraft.Location(null, "Buurthuis", "Kerkstraat 1", "7941A", "Meppel", "52.7", null)),
                List.of(new ServiceDraft.Hours(DayOfWeek.MONDAY, LocalTime.of(13, 0), LocalTime.of(9, 0))));

        assertThatThrownBy(() -> editing.create(wrong)).isInstanceOfSatisfying(InvalidServiceException.class, e ->
                assertThat(e.problems()).extracting(p -> p.field() + "@" + p.index() + "=" + p.messageKey())
                        .containsExactlyInAnyOrder("name@-1=editor.error.required",
                                "description@-1=editor.error.required", "organization@-1=editor.error.organization",
                                "phone@-1=editor.error.phone", "email@-1=editor.error.email",
                                "website@-1=editor.error.website", "costAmount@-1=editor.error.amount",
                                "access@-1=editor.error.access", "categories@-1=editor.error.categories",
                                "groups@-1=editor.error.groups", "postcode@0=editor.error.postcode",
                                "longitude@0=editor.error.coordinates", "closes@0=editor.error.closes-before-opens"));
        ResourceBundle dutch = ResourceBundle.getBundle("vaadin-i18n/translations", java.util.Locale.of("nl"));
        assertThat(dutch.getString("editor.error.postcode")).contains("1234 AB");
        assertThat(dutch.getString("editor.error.closes-before-opens")).contains("sluit");
    }

    @Test
    void acceptsDutchPhoneNumbersInTheirCommonForms() {
        for (String phone : List.of("0522-123 456", "06 12345678", "0800-0432", "0900 8020", "088-0767 000",
                "14 0522", "+31 522 123 456", "+31 (0)6 1234 5678", "113")) {
            assertThat(editing.check(valid("Telefoontest").withPhone(phone))).as(phone).isEmpty();
        }
        for (String phone : List.of("12345", "0522-12", "+32 2 123 45 67", "bel ons")) {
            assertThat(editing.check(valid("Telefoontest").withPhone(phone))).as(phone)
                    .extracting(FieldProblem::messageKey).containsExactly("editor.error.phone");
        }
    }

    @Test
    void aNewServiceIsADraftUntilPublishedAndThenSearchableAtOnce() {
        EditableService created = editing.create(valid("Kookcafe Zonnebloemwijk"));
        assertThat(created.status()).isEqualTo("draft");
        assertThat(created.assuredDate()).isNotNull();
        assertThat(directory.search(SearchRequest.text("Kookcafe Zonnebloemwijk")).hits())
                .extracting(hit -> hit.serviceId()).doesNotContain(created.id());

        EditableService published = editing.publish(created.id(), created.version());

        assertThat(published.status()).isEqualTo("active");
        assertThat(published.version()).isGreaterThan(created.version());
        assertThat(directory.search(SearchRequest.text("Kookcafe Zonnebloemwijk")).hits())
                .extracting(hit -> hit.serviceId()).contains(created.id());
        assertThat(directory.publicService(created.id())).get().satisfies(service -> {
            assertThat(service.schedules()).singleElement().satisfies(h -> {
                assertThat(h.byday()).isEqualTo("MO,WE");
                assertThat(h.opensAt()).isEqualTo("09:00");
                assertThat(h.closesAt()).isEqualTo("12:00");
            });
            assertThat(service.serviceAtLocations().getFirst().location().addresses().getFirst().postalCode())
                    .isEqualTo("7941AK");
            assertThat(service.serviceAtLocations().getFirst().location().latitude()).as("placed at its postcode")
                    .isNotNull();
        });

        EditableService inactive = editing.deactivate(published.id(), published.version());
        assertThat(directory.search(SearchRequest.text("Kookcafe Zonnebloemwijk")).hits())
                .extracting(hit -> hit.serviceId()).doesNotContain(created.id());
        assertThat(editing.reactivate(inactive.id(), inactive.version()).status()).isEqualTo("active");
    }

    @Test
    void anEditIsSearchableByItsNewNameWhenSaveReturns() {
        EditableService created = editing.create(valid("Repair cafe Oude naam"));
        EditableService active = editing.publish(created.id(), created.version());
        editing.save(active.id(), active.version(), valid("Repair cafe Nieuwe naam"));
        assertThat(directory.search(SearchRequest.text("Repair cafe Nieuwe naam")).hits())
                .extracting(hit -> hit.serviceId()).first().isEqualTo(created.id());
    }

    @Test
    void staleListsActiveServicesNotCheckedForTwelveMonthsAndTheStampClearsThat() {
        EditableService created = editing.create(valid("Vergeten aanbod"));
        EditableService active = editing.publish(created.id(), created.version());
        assertThat(staleNames()).doesNotContain("Vergeten aanbod");

        jdbc.update("UPDATE directory_service SET assured_date = ? WHERE id = ?",
                java.sql.Date.valueOf(LocalDate.now(Directory.ZONE).minusMonths(13)), active.id());
        assertThat(staleNames()).contains("Vergeten aanbod");
        assertThat(editing.list(EditorListing.Filter.DRAFT, null, 0, 500).rows()).extracting(EditorListing.Row::name)
                .doesNotContain("Vergeten aanbod");

        EditableService checked = editing.markChecked(active.id(), active.version());
        assertThat(checked.assuredDate()).isEqualTo(LocalDate.now(Directory.ZONE));
        assertThat(staleNames()).doesNotContain("Vergeten aanbod");
        assertThat(editing.history(active.id())).extracting(EditEntry::action)
                .containsExactly("checked", "published", "created");
    }

    @Test
    void theSecondOfTwoEditorsWithTheSameVersionIsStoppedAndNothingOfTheFirstIsLost() {
        EditableService loaded = editing.create(valid("Samen eten"));
        editing.save(loaded.id(), loaded.version(), valid("Samen eten in de wijk"));

        assertThatThrownBy(() -> editing.save(loaded.id(), loaded.version(), valid("Samen koken")))
                .isInstanceOf(ServiceChangedMeanwhileException.class);
        assertThatThrownBy(() -> editing.markChecked(loaded.id(), loaded.version()))
                .isInstanceOf(ServiceChangedMeanwhileException.class);
        assertThat(editing.load(loaded.id())).get().extracting(s -> s.draft().name()).isEqualTo("Samen eten in de wijk");
    }

    @Test
    void anImportOfTheServiceRaisesItsVersionSoAnOpenEditIsWarned() {
        EditableService loaded = editing.create(valid("Taalcafe"));
        byte[] dataset = HsdsJson.mapper().writeValueAsBytes(store.load(List.of(loaded.id())));
        assertThat(importer.importJson(dataset, ImportMode.MERGE).updated()).isEqualTo(1);

        assertThat(editing.load(loaded.id())).get().extracting(EditableService::version)
                .isEqualTo(loaded.version() + 1);
        assertThatThrownBy(() -> editing.save(loaded.id(), loaded.version(), valid("Taalcafe plus")))
                .isInstanceOf(ServiceChangedMeanwhileException.class);
        assertThat(editing.history(loaded.id())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("imported");
            assertThat(entry.by()).isEqualTo("editor");
        });
    }

    @Test
    void historySaysWhoChangedWhichParts() {
        EditableService loaded = editing.create(valid("Wandelgroep"));
        ServiceDraft d = loaded.draft();
        ServiceDraft changed = new ServiceDraft("Wandelgroep Meppel", d.description(), d.organizationId(), null,
                d.phone(), d.email(), d.website(), true, null, null, d.accessTermId(), d.categoryIds(), d.groupIds(),
                d.locations(), List.of(new ServiceDraft.Hours(DayOfWeek.TUESDAY, LocalTime.of(10, 0), LocalTime.of(11, 0))));
        editing.save(loaded.id(), loaded.version(), changed);

        assertThat(editing.history(loaded.id())).first().satisfies(entry -> {
            assertThat(entry.by()).isEqualTo("editor");
            assertThat(entry.action()).isEqualTo("edited");
            assertThat(entry.fields()).containsExactly("name", "cost", "hours");
        });
    }

    @Test
    void editingKeepsWhatTheFormDoesNotShow() {
        var sample = store.load(store.serviceIds()).stream()
                .filter(s -> s.schedules().stream().anyMatch(h -> h.interval() != null && h.interval() == 2))
                .findFirst().orElseThrow();
        EditableService loaded = editing.load(sample.id()).orElseThrow();
        assertThat(loaded.keepsOtherSchedules()).isTrue();
        ServiceDraft d = loaded.draft();
        editing.save(sample.id(), loaded.version(), new ServiceDraft(d.name() + " (nieuw)", d.description(),
                d.organizationId(), null, d.phone(), d.email(), d.website(), d.free(), d.costAmount(),
                d.costDescription(), d.accessTermId(), d.categoryIds(), d.groupIds(), d.locations(), d.hours()));

        var saved = store.load(List.of(sample.id())).getFirst();
        assertThat(saved.schedules()).isEqualTo(sample.schedules());
        assertThat(saved.languages()).isEqualTo(sample.languages());
        assertThat(saved.serviceAreas()).isEqualTo(sample.serviceAreas());
        assertThat(saved.attributes()).isEqualTo(sample.attributes());
        assertThat(saved.name()).endsWith("(nieuw)");
    }

    @Test
    @WithMockUser(username = "resident", roles = "RESIDENT")
    void residentsMayNotEdit() {
        assertThatThrownBy(() -> editing.list(EditorListing.Filter.ALL, null, 0, 10))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<String> staleNames() {
        return editing.list(EditorListing.Filter.STALE, null, 0, 500).rows().stream().map(EditorListing.Row::name).toList();
    }

    private ServiceDraft valid(String name) {
        String organization = editing.organizations("", 0, 1).getFirst().id();
        return new ServiceDraft(name, "Samen iets doen in de buurt. U bent welkom.", organization, null,
                "0522-123 456", "info@voorbeeld.example", "https://www.voorbeeld.example", false, "2,50",
                "Bijdrage per keer", "wegwijs-toegang:vrij", Set.of("wegwijs-categorie:ontmoeting"),
                Set.of("wegwijs-doelgroep:iedereen"),
                List.of(new ServiceDraft.Location(null, "Buurthuis", "Kerkstraat 1", "7941 ak", "Meppel", null, null)),
                List.of(new ServiceDraft.Hours(DayOfWeek.WEDNESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new ServiceDraft.Hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))));
    }
}
