package dev.accord.model;

import java.time.LocalDate;
import java.util.List;

/** Facts written by hand for tests of the model: small enough to read, one of each kind. */
public final class SampleFacts {

    private SampleFacts() {
    }

    /** One short article with one fact of each kind, verified. */
    public static ArticleFacts astana() {
        Article a = Article.of("2025-06-17-astana.txt", "Ministers meet in Astana", LocalDate.of(2025, 6, 17), "en",
                "Kazakhstan and Japan signed a memorandum in Astana on Tuesday.");
        Provenance pe = new Provenance("entities", "0.1.0", "0123456789abcdef");
        Provenance pt = new Provenance("times", "0.1.0", "0123456789abcdef");
        Provenance pa = new Provenance("actors", "0.1.0", "0123456789abcdef");
        Provenance pp = new Provenance("places", "0.1.0", "0123456789abcdef");
        Evidence kazakhstan = Evidence.of(a, new CharSpan(0, 10));
        return new ArticleFacts(a,
                List.of(new Entity("state:KAZ", EntityType.STATE, "Kazakhstan", "COUNTRY", "KAZ",
                                List.of(Evidence.of(a, new CharSpan(0, 10))), pe),
                        new Entity("place:astana", EntityType.PLACE, "Astana", "CITY", null,
                                List.of(Evidence.of(a, new CharSpan(44, 50))), pe)),
                List.of(new TimeExpression("t54", TimeType.DATE, "2025-06-17", true,
                        Evidence.of(a, new CharSpan(54, 61)), pt)),
                List.of(new Place("place:astana", "Astana", PlaceKind.CITY, 1526273L, "Nur-Sultan", 51.1801, 71.44598,
                        "KAZ", "P", "PPLC", 0.9, List.of(Evidence.of(a, new CharSpan(44, 50))), List.of(), pp)),
                List.of(new Theme("trade", "Trade", List.of(Evidence.of(a, new CharSpan(30, 40))), pp)),
                List.of(new Actor("state:KAZ", ActorKind.STATE, "Kazakhstan", "KAZ", "KAZ", null, null, null, null,
                        List.of(), true, List.of(new ActorMention(kazakhstan, MentionKind.NAME, null)), pa)),
                List.of(new Quote("q21", QuoteKind.REPORTED, List.of(Evidence.of(a, new CharSpan(21, 61))), "state:KAZ",
                        kazakhstan, Evidence.of(a, new CharSpan(21, 27)), null, true, "KAZ", pa)),
                List.of(new Event("e21", EventType.SUPPORT, null, "diplomatic", "057",
                        List.of(new EventArgument("state:KAZ", "KAZ", kazakhstan)), List.of(),
                        Evidence.of(a, new CharSpan(21, 27)), new EventPlace("place:astana", "Astana",
                        Evidence.of(a, new CharSpan(44, 50))), new EventDate("2025-06-17", "t54",
                        Evidence.of(a, new CharSpan(54, 61)), false), Modality.ASSERTED, Attribution.ARTICLE,
                        "agreement:memorandum", null, 0.8, pa)),
                List.of(new Agreement("agreement:memorandum", "memorandum", "memorandum", "SIGNED",
                        List.of("state:KAZ"), null, null, null, List.of("trade"), List.of("e21"),
                        List.of(Evidence.of(a, new CharSpan(30, 40))), pa))).verify();
    }
}
