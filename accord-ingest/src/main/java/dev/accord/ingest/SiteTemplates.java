package dev.accord.ingest;

import dev.accord.model.Hashes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the earlier pages of each site in a batch were made of, so that a site's template (its footer with
 * the publisher's address, its banner, a standing "about us" box) is not taken for the next page's article.
 *
 * <p>For each host it keeps a short hash of every block the pages showed and of each page as a whole. A
 * block that {@link #ALWAYS} earlier pages of the host showed is its template; the first page of a site is
 * read with no template, so it keeps its article. A block that one earlier page showed is template too,
 * unless most of the page's text ({@link #MOST}) is such blocks: then the page is a new version or a copy of
 * that earlier article, left to duplicate detection, not a template with a little news in it. The same page
 * read again is read as it was. Memory grows with the blocks seen, a few bytes each; a reader keeps it for as
 * long as it lives (one batch).
 */
public final class SiteTemplates {

    /** Earlier pages of a host that show a block when it is the host's template whatever the page. */
    static final int ALWAYS = 2;
    /** A host stops learning after this many distinct blocks, so one huge site cannot take the memory. */
    static final int MAX_BLOCKS_PER_HOST = 200_000;
    /** Above this share of a page's text seen on one earlier page, the page is that article again. */
    static final double MOST = 0.6;

    private final Map<String, Site> sites = new HashMap<>();

    private static final class Site {
        final Map<String, Integer> blocks = new HashMap<>();
        final Set<String> pages = new HashSet<>();
    }

    /** The key a block is remembered by: a hash of its words, case and spacing aside. */
    static String key(String block) {
        return Hashes.sha256Hex16("block", block.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip());
    }

    /**
     * The keys of the blocks that are {@code host}'s template on a page made of {@code blocks} (their texts);
     * none for an unknown host, the first page of a host, or a page that is mostly an earlier one.
     */
    synchronized Set<String> template(String host, List<String> blocks) {
        Site site = host == null ? null : sites.get(host);
        List<String> keys = blocks.stream().map(SiteTemplates::key).toList();
        if (site == null || site.pages.contains(pageKey(keys))) {
            return Set.of();
        }
        Set<String> always = new HashSet<>();
        Set<String> once = new HashSet<>();
        long onceChars = 0;
        long all = 0;
        for (int i = 0; i < keys.size(); i++) {
            all += blocks.get(i).length();
            int pages = site.blocks.getOrDefault(keys.get(i), 0);
            if (pages >= ALWAYS) {
                always.add(keys.get(i));
            } else if (pages == 1) {
                once.add(keys.get(i));
                onceChars += blocks.get(i).length();
            }
        }
        if (onceChars <= all * MOST) {
            always.addAll(once);
        }
        return always;
    }

    /** Remembers a page of {@code host} made of {@code blocks} (their texts); a page seen before adds nothing. */
    synchronized void remember(String host, List<String> blocks) {
        if (host == null) {
            return;
        }
        Site site = sites.computeIfAbsent(host, h -> new Site());
        List<String> keys = blocks.stream().map(SiteTemplates::key).toList();
        if (!site.pages.add(pageKey(keys))) {
            return;
        }
        for (String b : new HashSet<>(keys)) {
            if (site.blocks.size() < MAX_BLOCKS_PER_HOST || site.blocks.containsKey(b)) {
                site.blocks.merge(b, 1, Integer::sum);
            }
        }
    }

    private static String pageKey(List<String> blocks) {
        return Hashes.sha256Hex16("page", String.join(" ", blocks));
    }
}
