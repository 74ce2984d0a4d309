package dev.accord.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EventExportsTest {

    private final ArticleFacts facts = SampleFacts.astana();
    private final Event event = facts.events().get(0);

    @Test
    void aPloverRecordHasPloversFieldsInOrder() {
        assertEquals("{\"id\":\"07e778fb23ee764d-e21\",\"date\":\"2025-06-17\",\"dateFromArticle\":false,"
                + "\"source\":[{\"actorText\":\"Kazakhstan\",\"code\":\"KAZ\",\"actor\":\"state:KAZ\","
                + "\"name\":\"Kazakhstan\",\"begin\":0,\"end\":10}],\"target\":[],\"event\":\"SUPPORT\","
                + "\"eventText\":\"signed\",\"eventBegin\":21,\"eventEnd\":27,\"mode\":null,\"context\":\"diplomatic\","
                + "\"cameo\":\"057\",\"modality\":\"asserted\",\"quote\":null,\"speaker\":null,\"eventLoc\":\"Astana\","
                + "\"text\":\"Kazakhstan and Japan signed a memorandum in Astana on Tuesday.\",\"textBegin\":0,"
                + "\"articleId\":\"07e778fb23ee764d\",\"url\":\"2025-06-17-astana.txt\",\"language\":\"en\","
                + "\"confidence\":0.8,\"version\":\"PLOVER 2.0\"}", EventExports.plover(facts, event));
    }

    @Test
    void aCameoRowHasAFieldUnderEachHeader() {
        List<String> header = List.of(EventExports.CAMEO_HEADER.split("\t"));
        List<String> row = List.of(EventExports.cameo(facts, event).split("\t", -1));
        assertEquals(List.of("EventID", "Day", "Actor1Code", "Actor1Name", "Actor2Code", "Actor2Name", "EventCode",
                "EventBaseCode", "EventRootCode", "QuadClass", "PloverType", "Mode", "Context", "Modality", "Voice",
                "ActionGeo_FullName", "SOURCEURL", "ArticleID", "TriggerBegin", "TriggerEnd", "Actor1Offsets",
                "Actor2Offsets", "Confidence"), header);
        assertEquals(List.of("07e778fb23ee764d-e21", "20250617", "KAZ", "Kazakhstan", "", "", "057", "057", "05", "1",
                "SUPPORT", "", "diplomatic", "asserted", "article", "Astana", "2025-06-17-astana.txt",
                "07e778fb23ee764d", "21", "27", "0-10", "", "0.80"), row);
    }
}
