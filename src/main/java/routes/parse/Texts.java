package routes.parse;

/** Text read off a page as a reader sees it. */
final class Texts {

    private Texts() {
    }

    /**
     * Icon-font glyphs (private-use characters: PrestaShop's menu toggles) dropped, non-breaking
     * spaces (PrestaShop indents menu items with &amp;nbsp;) and runs of space made one space, trimmed.
     */
    static String clean(String text) {
        return text.replaceAll("\\p{Co}", "").replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }
}
