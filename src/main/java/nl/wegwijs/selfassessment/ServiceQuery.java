package nl.wegwijs.selfassessment;

/** Which services of the sociale kaart fit a piece of advice: a search in the residents' own words. */
public record ServiceQuery(String query) {
}
