package routes.price;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The words around amounts that change what they mean, in the languages of the shops crawled. */
final class PriceWords {

    /** Between two amounts, alone: a range ("£6.95 - £9.95", "od 10 zł do 20 zł", "$10.00 through $20.00"). */
    private static final Set<String> RANGE = Set.of("-", "–", "—", "~", "〜", "～", "to", "bis", "à", "a", "até",
            "do", "до", "tot", "till", "til", "through", "au", "al", "至");

    /** Before the first amount: the lowest of several prices ("From $12.00", "ab 12,00 €", "As low as $9"). */
    private static final List<String> FROM = List.of("from", "ab", "à partir de", "a partir de", "desde", "dès",
            "od", "от", "від", "vanaf", "fra", "från", "starting at", "starts at", "as low as", "a partire da",
            "from only", "ab nur");

    /**
     * Before an amount: not the price of the item but an aside — what the shopper saves ("You save $5.00"),
     * a unit price ("Unit price $2.00", "Grundpreis 2,60 €"), an instalment ("12x de R$ 10,83").
     */
    private static final List<String> ASIDE = List.of("save", "you save", "saving", "sparen", "sie sparen",
            "économisez", "ahorra", "ahorras", "risparmi", "oszczędzasz", "ušetříte", "экономия", "spar", "spara",
            "unit price", "grundpreis", "prix unitaire", "precio unitario", "cena jednostkowa", "jednotková cena",
            "x de", "parcelas de", "cuotas de", "x sem juros de");

    /** The whole text, any case: the price is zero. */
    private static final Set<String> FREE = Set.of("free", "gratis", "kostenlos", "gratuit", "бесплатно",
            "gratuito", "grátis", "darmowe", "zdarma", "ücretsiz");

    private PriceWords() {
    }

    static boolean isRange(String between) {
        return RANGE.contains(simplify(between));
    }

    static boolean endsWithFrom(String before) {
        return endsWithAny(before, FROM);
    }

    static boolean endsWithAside(String before) {
        return endsWithAny(before, ASIDE);
    }

    static boolean isFree(String text) {
        return FREE.contains(simplify(text).replaceAll("[.!]+$", ""));
    }

    /** Whether the text ends with one of the words as a whole word, ignoring case, colons and spaces. */
    private static boolean endsWithAny(String text, List<String> words) {
        String simple = simplify(text);
        for (String word : words) {
            int at = simple.length() - word.length();
            if (simple.endsWith(word) && (at == 0 || !Character.isLetter(simple.charAt(at - 1)))) {
                return true;
            }
        }
        return false;
    }

    private static String simplify(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s\u00A0\u202F\u2009:*]+", " ").strip();
    }
}
