package dev.contentlint.crossfile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void makesGithubSlugs() {
        // Cases from github-slugger's own fixtures.
        assertEquals("foo-bar", Slugs.github("Foo Bar"));
        assertEquals("foo-bar-baz", Slugs.github("foo-bar baz"));
        assertEquals("whats-new-in-v20", Slugs.github("What's new in v2.0?"));
        assertEquals("snake_case-stays", Slugs.github("snake_case stays"));
        assertEquals("two--spaces", Slugs.github("two  spaces"));
        assertEquals("über-straße", Slugs.github("Über Straße"));
        assertEquals("日本語の見出し", Slugs.github("日本語の見出し"));
        assertEquals("carter--what-bi-directional-sync-actually-means",
                Slugs.github("CARTER — What Bi-Directional Sync Actually Means"));
        assertEquals("emoji-", Slugs.github("Emoji 🎉"));
    }

    @Test
    void looseKeysKeepLettersAndDigits() {
        assertEquals("hookarecommended", Slugs.loose("HOOK A (Recommended)"));
        assertEquals(Slugs.loose("Step 1: Install"), Slugs.loose("Step 1 Install"));
    }
}
