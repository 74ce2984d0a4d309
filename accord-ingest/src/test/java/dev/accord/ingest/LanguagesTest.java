package dev.accord.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LanguagesTest {

    @Test
    void newsInEachListedLanguageIsToldApart() {
        assertEquals("en", Languages.guess(Samples.PARAGRAPH_1));
        assertEquals("fr", Languages.guess("Les ministres se sont réunis à Tachkent mardi et ont convenu de partager "
                + "les eaux du fleuve pendant les mois d'été."));
        assertEquals("de", Languages.guess("Die Außenminister der beiden Länder haben sich am Dienstag in Taschkent "
                + "getroffen und sich auf die Verteilung des Wassers geeinigt."));
        assertEquals("es", Languages.guess("Los ministros de los dos países se reunieron el martes en Taskent y "
                + "acordaron compartir el agua del río durante los meses de verano."));
        assertEquals("ru", Languages.guess("Министры иностранных дел Казахстана и Узбекистана встретились во "
                + "вторник в Ташкенте."));
        assertEquals("zh", Languages.guess("哈萨克斯坦和乌兹别克斯坦外长周二在塔什干会面，同意在夏季更公平地分配河水。"));
    }

    @Test
    void englishWithShortWordsSharedByOtherLanguagesStaysEnglish() {
        assertEquals("en", Languages.guess("Peru signed a loan deal in Lima as a sign of a new era, no doubt, "
                + "and a port in Chile opened with a parade on Monday for the first time."));
    }

    @Test
    void tooLittleTextIsUndetermined() {
        assertEquals("und", Languages.guess("OK 2025"));
    }
}
