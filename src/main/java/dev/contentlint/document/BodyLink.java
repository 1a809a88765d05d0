package dev.contentlint.document;

/**
 * A link written in the body, as written: its target is not resolved here.
 *
 * @param kind what wrote it
 * @param target the destination as written ({@code ../a.md#b}); for wiki links the whole
 *     {@code [[...]]}; for an undefined reference, its label
 * @param start the source offset where the part to point at starts (the destination, or the
 *     whole wiki link)
 * @param end the source offset just after it
 */
public record BodyLink(Kind kind, String target, int start, int end) {

    public enum Kind {
        /** {@code [[note]]}, {@code [[note#heading|alias]]} */
        WIKI,
        /** {@code ![[picture.png]]}, {@code ![[note]]} */
        WIKI_EMBED,
        /** {@code [text](target)} */
        LINK,
        /** {@code ![alt](target)} */
        IMAGE,
        /** {@code [label]: target} */
        DEFINITION,
        /** {@code [text][label]} where no {@code [label]: ...} exists */
        UNDEFINED_REFERENCE,
        /** {@code href="..."} or {@code src="..."} in HTML */
        HTML
    }
}
