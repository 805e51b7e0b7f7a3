/*
 * Local development shim module for the Elasticsearch 8 node started by scripts/elasticsearch.sh.
 *
 * The genuine Elasticsearch 8 server jar and the genuine transport-netty4 module are published on
 * Maven Central, but the "analysis-common" and "rest-root" modules are NOT (they only ship inside
 * the Elasticsearch distribution tarball, which cannot be downloaded here). This plugin re-registers,
 * on top of Lucene's own analysis classes, the analysis components of analysis-common that a Wagtail
 * project needs (language analyzers, asciifolding, elision, ngram/edge_ngram, stemmers, ...) and the
 * "GET /" / "HEAD /" endpoint of rest-root (used by Elasticsearch().info() / ping()).
 *
 * The ES parameter names, defaults and validation rules are kept the same as analysis-common's.
 * It is a development aid only; production must use a real Elasticsearch distribution.
 */
package localdev.plugin;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.charfilter.HTMLStripCharFilter;
import org.apache.lucene.analysis.charfilter.MappingCharFilter;
import org.apache.lucene.analysis.charfilter.NormalizeCharMap;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.classic.ClassicFilter;
import org.apache.lucene.analysis.classic.ClassicTokenizer;
import org.apache.lucene.analysis.core.DecimalDigitFilter;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.core.LetterTokenizer;
import org.apache.lucene.analysis.core.SimpleAnalyzer;
import org.apache.lucene.analysis.core.StopAnalyzer;
import org.apache.lucene.analysis.core.UpperCaseFilter;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanMinimalStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.el.GreekLowerCaseFilter;
import org.apache.lucene.analysis.email.UAX29URLEmailTokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.es.SpanishLightStemFilter;
import org.apache.lucene.analysis.es.SpanishPluralStemFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.fr.FrenchMinimalStemFilter;
import org.apache.lucene.analysis.ga.IrishLowerCaseFilter;
import org.apache.lucene.analysis.it.ItalianLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.KeywordRepeatFilter;
import org.apache.lucene.analysis.miscellaneous.LengthFilter;
import org.apache.lucene.analysis.miscellaneous.LimitTokenCountFilter;
import org.apache.lucene.analysis.miscellaneous.PatternKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.ScandinavianNormalizationFilter;
import org.apache.lucene.analysis.miscellaneous.SetKeywordMarkerFilter;
import org.apache.lucene.analysis.miscellaneous.TrimFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.path.PathHierarchyTokenizer;
import org.apache.lucene.analysis.path.ReversePathHierarchyTokenizer;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.pattern.PatternTokenizer;
import org.apache.lucene.analysis.pt.PortugueseLightStemFilter;
import org.apache.lucene.analysis.pt.PortugueseMinimalStemFilter;
import org.apache.lucene.analysis.reverse.ReverseStringFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.th.ThaiTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.Build;
import org.elasticsearch.client.internal.node.NodeClient;
import org.elasticsearch.cluster.ClusterState;
import org.elasticsearch.cluster.metadata.IndexNameExpressionResolver;
import org.elasticsearch.cluster.node.DiscoveryNodes;
import org.elasticsearch.cluster.service.ClusterService;
import org.elasticsearch.common.io.stream.NamedWriteableRegistry;
import org.elasticsearch.common.settings.ClusterSettings;
import org.elasticsearch.common.settings.IndexScopedSettings;
import org.elasticsearch.common.settings.Settings;
import org.elasticsearch.common.settings.SettingsFilter;
import org.elasticsearch.env.Environment;
import org.elasticsearch.features.NodeFeature;
import org.elasticsearch.index.IndexSettings;
import org.elasticsearch.index.IndexVersion;
import org.elasticsearch.index.analysis.AbstractCharFilterFactory;
import org.elasticsearch.index.analysis.AbstractIndexAnalyzerProvider;
import org.elasticsearch.index.analysis.AbstractTokenFilterFactory;
import org.elasticsearch.index.analysis.AbstractTokenizerFactory;
import org.elasticsearch.index.analysis.Analysis;
import org.elasticsearch.index.analysis.AnalyzerProvider;
import org.elasticsearch.index.analysis.CharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingCharFilterFactory;
import org.elasticsearch.index.analysis.NormalizingTokenFilterFactory;
import org.elasticsearch.index.analysis.PreConfiguredCharFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenFilter;
import org.elasticsearch.index.analysis.PreConfiguredTokenizer;
import org.elasticsearch.index.analysis.TokenFilterFactory;
import org.elasticsearch.index.analysis.TokenizerFactory;
import org.elasticsearch.indices.analysis.AnalysisModule.AnalysisProvider;
import org.elasticsearch.plugins.ActionPlugin;
import org.elasticsearch.plugins.AnalysisPlugin;
import org.elasticsearch.plugins.Plugin;
import org.elasticsearch.rest.BaseRestHandler;
import org.elasticsearch.rest.RestController;
import org.elasticsearch.rest.RestHandler;
import org.elasticsearch.rest.RestRequest;
import org.elasticsearch.rest.RestResponse;
import org.elasticsearch.rest.RestStatus;
import org.elasticsearch.xcontent.XContentBuilder;
import org.tartarus.snowball.SnowballStemmer;

import java.io.Reader;
import java.lang.reflect.Constructor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import static org.elasticsearch.plugins.AnalysisPlugin.requiresAnalysisSettings;

public class LocalDevPlugin extends Plugin implements AnalysisPlugin, ActionPlugin {

    private volatile ClusterService clusterService;

    @Override
    public Collection<?> createComponents(PluginServices services) {
        this.clusterService = services.clusterService();
        return List.of();
    }

    // ------------------------------------------------------------------------------------------
    // Analyzers
    // ------------------------------------------------------------------------------------------

    /** ES analyzer name -> Lucene analyzer class (all of them have a static getDefaultStopSet()). */
    private static final Map<String, String> LANGUAGE_ANALYZERS = new TreeMap<>(Map.ofEntries(
        Map.entry("arabic", "org.apache.lucene.analysis.ar.ArabicAnalyzer"),
        Map.entry("armenian", "org.apache.lucene.analysis.hy.ArmenianAnalyzer"),
        Map.entry("basque", "org.apache.lucene.analysis.eu.BasqueAnalyzer"),
        Map.entry("bengali", "org.apache.lucene.analysis.bn.BengaliAnalyzer"),
        Map.entry("brazilian", "org.apache.lucene.analysis.br.BrazilianAnalyzer"),
        Map.entry("bulgarian", "org.apache.lucene.analysis.bg.BulgarianAnalyzer"),
        Map.entry("catalan", "org.apache.lucene.analysis.ca.CatalanAnalyzer"),
        Map.entry("cjk", "org.apache.lucene.analysis.cjk.CJKAnalyzer"),
        Map.entry("czech", "org.apache.lucene.analysis.cz.CzechAnalyzer"),
        Map.entry("danish", "org.apache.lucene.analysis.da.DanishAnalyzer"),
        Map.entry("dutch", "org.apache.lucene.analysis.nl.DutchAnalyzer"),
        Map.entry("english", "org.apache.lucene.analysis.en.EnglishAnalyzer"),
        Map.entry("estonian", "org.apache.lucene.analysis.et.EstonianAnalyzer"),
        Map.entry("finnish", "org.apache.lucene.analysis.fi.FinnishAnalyzer"),
        Map.entry("french", "org.apache.lucene.analysis.fr.FrenchAnalyzer"),
        Map.entry("galician", "org.apache.lucene.analysis.gl.GalicianAnalyzer"),
        Map.entry("german", "org.apache.lucene.analysis.de.GermanAnalyzer"),
        Map.entry("greek", "org.apache.lucene.analysis.el.GreekAnalyzer"),
        Map.entry("hindi", "org.apache.lucene.analysis.hi.HindiAnalyzer"),
        Map.entry("hungarian", "org.apache.lucene.analysis.hu.HungarianAnalyzer"),
        Map.entry("indonesian", "org.apache.lucene.analysis.id.IndonesianAnalyzer"),
        Map.entry("irish", "org.apache.lucene.analysis.ga.IrishAnalyzer"),
        Map.entry("italian", "org.apache.lucene.analysis.it.ItalianAnalyzer"),
        Map.entry("latvian", "org.apache.lucene.analysis.lv.LatvianAnalyzer"),
        Map.entry("lithuanian", "org.apache.lucene.analysis.lt.LithuanianAnalyzer"),
        Map.entry("norwegian", "org.apache.lucene.analysis.no.NorwegianAnalyzer"),
        Map.entry("persian", "org.apache.lucene.analysis.fa.PersianAnalyzer"),
        Map.entry("portuguese", "org.apache.lucene.analysis.pt.PortugueseAnalyzer"),
        Map.entry("romanian", "org.apache.lucene.analysis.ro.RomanianAnalyzer"),
        Map.entry("russian", "org.apache.lucene.analysis.ru.RussianAnalyzer"),
        Map.entry("serbian", "org.apache.lucene.analysis.sr.SerbianAnalyzer"),
        Map.entry("sorani", "org.apache.lucene.analysis.ckb.SoraniAnalyzer"),
        Map.entry("spanish", "org.apache.lucene.analysis.es.SpanishAnalyzer"),
        Map.entry("swedish", "org.apache.lucene.analysis.sv.SwedishAnalyzer"),
        Map.entry("thai", "org.apache.lucene.analysis.th.ThaiAnalyzer"),
        Map.entry("turkish", "org.apache.lucene.analysis.tr.TurkishAnalyzer")
    ));

    static final class SimpleProvider<T extends Analyzer> extends AbstractIndexAnalyzerProvider<T> {
        private final T analyzer;

        SimpleProvider(String name, Settings settings, T analyzer) {
            super(name, settings);
            this.analyzer = analyzer;
        }

        @Override
        public T get() {
            return analyzer;
        }
    }

    /** Lucene language analyzer with ES "stopwords", "stopwords_path" and "stem_exclusion" settings. */
    private static AnalysisProvider<AnalyzerProvider<? extends Analyzer>> languageAnalyzer(String luceneClass) {
        return (indexSettings, env, name, settings) -> {
            try {
                Class<?> cls = Class.forName(luceneClass);
                CharArraySet defaultStop = (CharArraySet) cls.getMethod("getDefaultStopSet").invoke(null);
                CharArraySet stop = Analysis.parseStopWords(env, settings, defaultStop);
                CharArraySet stemExclusion = Analysis.parseStemExclusion(settings, CharArraySet.EMPTY_SET);
                Analyzer analyzer;
                Constructor<?> two = findCtor(cls, CharArraySet.class, CharArraySet.class);
                if (two != null) {
                    analyzer = (Analyzer) two.newInstance(stop, stemExclusion);
                } else {
                    analyzer = (Analyzer) cls.getConstructor(CharArraySet.class).newInstance(stop);
                }
                return new SimpleProvider<>(name, settings, analyzer);
            } catch (IllegalArgumentException e) {
                throw e;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot build analyzer [" + name + "] from " + luceneClass, e);
            }
        };
    }

    private static Constructor<?> findCtor(Class<?> cls, Class<?>... types) {
        try {
            return cls.getConstructor(types);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    @Override
    public Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> getAnalyzers() {
        Map<String, AnalysisProvider<AnalyzerProvider<? extends Analyzer>>> analyzers = new TreeMap<>();
        for (Map.Entry<String, String> e : LANGUAGE_ANALYZERS.entrySet()) {
            try {
                Class.forName(e.getValue());
                analyzers.put(e.getKey(), languageAnalyzer(e.getValue()));
            } catch (ClassNotFoundException ignored) {
                // language not available in this Lucene version
            }
        }
        analyzers.put("simple", (is, env, name, s) -> new SimpleProvider<>(name, s, new SimpleAnalyzer()));
        analyzers.put("whitespace", (is, env, name, s) -> new SimpleProvider<>(name, s, new WhitespaceAnalyzer()));
        analyzers.put("keyword", (is, env, name, s) -> new SimpleProvider<>(name, s, new KeywordAnalyzer()));
        analyzers.put("stop", (is, env, name, s) -> new SimpleProvider<>(name, s,
            new StopAnalyzer(Analysis.parseStopWords(env, s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET))));
        analyzers.put("pattern", (is, env, name, s) -> {
            Pattern pattern = Pattern.compile(s.get("pattern", "\\W+"), regexFlags(s.get("flags")));
            boolean lowercase = s.getAsBoolean("lowercase", true);
            CharArraySet stop = Analysis.parseStopWords(env, s, CharArraySet.EMPTY_SET);
            return new SimpleProvider<>(name, s, new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer t = new PatternTokenizer(pattern, -1);
                    TokenStream ts = lowercase ? new LowerCaseFilter(t) : t;
                    ts = new StopFilter(ts, stop);
                    return new TokenStreamComponents(t, ts);
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return lowercase ? new LowerCaseFilter(in) : in;
                }
            });
        });
        return analyzers;
    }

    // ------------------------------------------------------------------------------------------
    // Token filters
    // ------------------------------------------------------------------------------------------

    /** Token filter factory from a lambda; "normalizing" ones may be used in normalizers too. */
    private static TokenFilterFactory filter(String name, Settings settings, boolean normalizing, Function<TokenStream, TokenStream> f) {
        if (normalizing) {
            return new NormalizingFilter(name, settings, f);
        }
        return new AbstractTokenFilterFactory(name, settings) {
            @Override
            public TokenStream create(TokenStream tokenStream) {
                return f.apply(tokenStream);
            }
        };
    }

    static class NormalizingFilter extends AbstractTokenFilterFactory implements NormalizingTokenFilterFactory {
        private final Function<TokenStream, TokenStream> f;

        NormalizingFilter(String name, Settings settings, Function<TokenStream, TokenStream> f) {
            super(name, settings);
            this.f = f;
        }

        @Override
        public TokenStream create(TokenStream tokenStream) {
            return f.apply(tokenStream);
        }
    }

    private static void checkNgramDiff(IndexSettings indexSettings, int minGram, int maxGram, String what) {
        int maxAllowed = indexSettings.getMaxNgramDiff();
        int diff = maxGram - minGram;
        if (diff > maxAllowed) {
            throw new IllegalArgumentException("The difference between max_gram and min_gram in " + what
                + " must be less than or equal to: [" + maxAllowed + "] but was [" + diff
                + "]. This limit can be set by changing the [" + IndexSettings.MAX_NGRAM_DIFF_SETTING.getKey()
                + "] index level setting.");
        }
    }

    private static TokenStream snowball(TokenStream ts, String language) {
        try {
            Class<?> cls = Class.forName("org.tartarus.snowball.ext." + language + "Stemmer");
            return new SnowballFilter(ts, (SnowballStemmer) cls.getConstructor().newInstance());
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("Unknown stemmer language [" + language + "]", e);
        }
    }

    private static String capitalize(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1).toLowerCase(Locale.ROOT);
    }

    /** The "stemmer" token filter's "language" values (subset of analysis-common's, snowball fallback). */
    private static Function<TokenStream, TokenStream> stemmer(String language) {
        String lang = language.toLowerCase(Locale.ROOT);
        switch (lang) {
            case "english":
            case "porter":
                return PorterStemFilter::new;
            case "light_english":
            case "kstem":
                return KStemFilter::new;
            case "minimal_english":
                return EnglishMinimalStemFilter::new;
            case "possessive_english":
                return EnglishPossessiveFilter::new;
            case "porter2":
                return ts -> snowball(ts, "English");
            case "lovins":
                return ts -> snowball(ts, "Lovins");
            case "french":
                return ts -> snowball(ts, "French");
            case "light_french":
                return FrenchLightStemFilter::new;
            case "minimal_french":
                return FrenchMinimalStemFilter::new;
            case "spanish":
            case "light_spanish":
                return SpanishLightStemFilter::new;
            case "spanish_plural":
                return SpanishPluralStemFilter::new;
            case "german":
                return ts -> snowball(ts, "German2");
            case "light_german":
                return GermanLightStemFilter::new;
            case "minimal_german":
                return GermanMinimalStemFilter::new;
            case "light_italian":
                return ItalianLightStemFilter::new;
            case "light_portuguese":
                return PortugueseLightStemFilter::new;
            case "minimal_portuguese":
                return PortugueseMinimalStemFilter::new;
            default:
                String snow = capitalize(lang);
                snowball(new KeywordTokenizer(), snow); // validate eagerly
                return ts -> snowball(ts, snow);
        }
    }

    // NB: Elasticsearch instantiates every provider NOT wrapped in requiresAnalysisSettings() with empty
    // settings for every new index, so providers that reject empty settings must be wrapped.
    @Override
    public Map<String, AnalysisProvider<TokenFilterFactory>> getTokenFilters() {
        Map<String, AnalysisProvider<TokenFilterFactory>> f = new TreeMap<>();
        f.put("asciifolding", (is, env, name, s) -> {
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return new NormalizingFilter(name, s, ts -> new ASCIIFoldingFilter(ts, preserveOriginal)) {
                @Override
                public TokenStream normalize(TokenStream tokenStream) {
                    return new ASCIIFoldingFilter(tokenStream, false);
                }
            };
        });
        f.put("lowercase", (is, env, name, s) -> {
            String language = s.get("language");
            if (language == null) {
                return filter(name, s, true, LowerCaseFilter::new);
            }
            switch (language.toLowerCase(Locale.ROOT)) {
                case "greek":
                    return filter(name, s, true, GreekLowerCaseFilter::new);
                case "irish":
                    return filter(name, s, true, IrishLowerCaseFilter::new);
                case "turkish":
                    return filter(name, s, true, TurkishLowerCaseFilter::new);
                default:
                    throw new IllegalArgumentException("language [" + language + "] not support for lower case");
            }
        });
        f.put("uppercase", (is, env, name, s) -> filter(name, s, true, UpperCaseFilter::new));
        f.put("elision", requiresAnalysisSettings((is, env, name, s) -> {
            CharArraySet articles = Analysis.parseArticles(env, s);
            if (articles == null) {
                throw new IllegalArgumentException("elision filter requires [articles] or [articles_path] setting");
            }
            return filter(name, s, true, ts -> new ElisionFilter(ts, articles));
        }));
        f.put("ngram", (is, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", 1);
            int maxGram = s.getAsInt("max_gram", 2);
            checkNgramDiff(is, minGram, maxGram, "NGram Tokenizer");
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return filter(name, s, false, ts -> new NGramTokenFilter(ts, minGram, maxGram, preserveOriginal));
        });
        f.put("edge_ngram", (is, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", 1);
            int maxGram = s.getAsInt("max_gram", 2);
            boolean back = "back".equalsIgnoreCase(s.get("side", "front"));
            boolean preserveOriginal = s.getAsBoolean("preserve_original", false);
            return filter(name, s, false, ts -> back
                ? new ReverseStringFilter(new EdgeNGramTokenFilter(new ReverseStringFilter(ts), minGram, maxGram, preserveOriginal))
                : new EdgeNGramTokenFilter(ts, minGram, maxGram, preserveOriginal));
        });
        f.put("stemmer", (is, env, name, s) -> {
            String language = s.get("language", s.get("name", "porter"));
            return filter(name, s, false, stemmer(language));
        });
        f.put("snowball", (is, env, name, s) -> {
            String language = capitalize(s.get("language", "English"));
            snowball(new KeywordTokenizer(), language);
            return filter(name, s, false, ts -> snowball(ts, language));
        });
        f.put("porter_stem", (is, env, name, s) -> filter(name, s, false, PorterStemFilter::new));
        f.put("kstem", (is, env, name, s) -> filter(name, s, false, KStemFilter::new));
        f.put("keyword_marker", requiresAnalysisSettings((is, env, name, s) -> {
            boolean ignoreCase = s.getAsBoolean("ignore_case", false);
            String pattern = s.get("keywords_pattern");
            if (pattern != null) {
                Pattern p = Pattern.compile(pattern);
                return filter(name, s, false, ts -> new PatternKeywordMarkerFilter(ts, p));
            }
            CharArraySet keywords = Analysis.getWordSet(env, s, "keywords");
            if (keywords == null) {
                throw new IllegalArgumentException("keyword filter requires either `keywords`, `keywords_path`, or `keywords_pattern` to be configured");
            }
            CharArraySet set = new CharArraySet(keywords, ignoreCase);
            return filter(name, s, false, ts -> new SetKeywordMarkerFilter(ts, set));
        }));
        f.put("keyword_repeat", (is, env, name, s) -> filter(name, s, false, KeywordRepeatFilter::new));
        f.put("remove_duplicates", (is, env, name, s) -> filter(name, s, false, RemoveDuplicatesTokenFilter::new));
        f.put("length", (is, env, name, s) -> {
            int min = s.getAsInt("min", 0);
            int max = s.getAsInt("max", Integer.MAX_VALUE);
            return filter(name, s, false, ts -> new LengthFilter(ts, min, max));
        });
        f.put("truncate", requiresAnalysisSettings((is, env, name, s) -> {
            int length = s.getAsInt("length", -1);
            if (length <= 0) {
                throw new IllegalArgumentException("length parameter must be provided");
            }
            return filter(name, s, true, ts -> new TruncateTokenFilter(ts, length));
        }));
        f.put("limit", (is, env, name, s) -> {
            int max = s.getAsInt("max_token_count", 1);
            boolean all = s.getAsBoolean("consume_all_tokens", false);
            return filter(name, s, false, ts -> new LimitTokenCountFilter(ts, max, all));
        });
        f.put("trim", (is, env, name, s) -> filter(name, s, true, TrimFilter::new));
        f.put("reverse", (is, env, name, s) -> filter(name, s, false, ReverseStringFilter::new));
        f.put("classic", (is, env, name, s) -> filter(name, s, false, ClassicFilter::new));
        f.put("decimal_digit", (is, env, name, s) -> filter(name, s, true, DecimalDigitFilter::new));
        f.put("cjk_width", (is, env, name, s) -> filter(name, s, true, CJKWidthFilter::new));
        f.put("apostrophe", (is, env, name, s) -> filter(name, s, false, ApostropheFilter::new));
        f.put("german_normalization", (is, env, name, s) -> filter(name, s, true, GermanNormalizationFilter::new));
        f.put("scandinavian_folding", (is, env, name, s) -> filter(name, s, true, ScandinavianFoldingFilter::new));
        f.put("scandinavian_normalization", (is, env, name, s) -> filter(name, s, true, ScandinavianNormalizationFilter::new));
        f.put("flatten_graph", (is, env, name, s) -> filter(name, s, false, FlattenGraphFilter::new));
        f.put("pattern_replace", requiresAnalysisSettings((is, env, name, s) -> {
            String pattern = s.get("pattern");
            if (pattern == null) {
                throw new IllegalArgumentException("pattern is missing for [" + name + "] token filter of type 'pattern_replace'");
            }
            Pattern p = Pattern.compile(pattern, regexFlags(s.get("flags")));
            String replacement = s.get("replacement", "");
            boolean all = s.getAsBoolean("all", true);
            return filter(name, s, true, ts -> new PatternReplaceFilter(ts, p, replacement, all));
        }));
        return f;
    }

    @Override
    public List<PreConfiguredTokenFilter> getPreConfiguredTokenFilters() {
        List<PreConfiguredTokenFilter> f = new ArrayList<>();
        f.add(PreConfiguredTokenFilter.singleton("asciifolding", true, ASCIIFoldingFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("uppercase", true, UpperCaseFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("elision", true, ts -> new ElisionFilter(ts, FrenchAnalyzer.DEFAULT_ARTICLES)));
        f.add(PreConfiguredTokenFilter.singleton("ngram", false, false, ts -> new NGramTokenFilter(ts, 1, 2, false)));
        f.add(PreConfiguredTokenFilter.singleton("edge_ngram", false, false, ts -> new EdgeNGramTokenFilter(ts, 1, 1, false)));
        f.add(PreConfiguredTokenFilter.singleton("stemmer", false, PorterStemFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("porter_stem", false, PorterStemFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("kstem", false, KStemFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("snowball", false, ts -> snowball(ts, "English")));
        f.add(PreConfiguredTokenFilter.singleton("french_stem", false, ts -> snowball(ts, "French")));
        f.add(PreConfiguredTokenFilter.singleton("german_stem", false, ts -> snowball(ts, "German")));
        f.add(PreConfiguredTokenFilter.singleton("dutch_stem", false, ts -> snowball(ts, "Dutch")));
        f.add(PreConfiguredTokenFilter.singleton("russian_stem", false, ts -> snowball(ts, "Russian")));
        f.add(PreConfiguredTokenFilter.singleton("keyword_repeat", false, false, KeywordRepeatFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("remove_duplicates", false, false, RemoveDuplicatesTokenFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("trim", true, TrimFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("reverse", false, ReverseStringFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("truncate", false, ts -> new TruncateTokenFilter(ts, 10)));
        f.add(PreConfiguredTokenFilter.singleton("limit", false, ts -> new LimitTokenCountFilter(ts, 1)));
        f.add(PreConfiguredTokenFilter.singleton("classic", false, ClassicFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("decimal_digit", true, DecimalDigitFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("cjk_width", true, CJKWidthFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("apostrophe", false, ApostropheFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("german_normalization", true, GermanNormalizationFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("scandinavian_folding", true, ScandinavianFoldingFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("scandinavian_normalization", true, ScandinavianNormalizationFilter::new));
        f.add(PreConfiguredTokenFilter.singleton("flatten_graph", false, false, FlattenGraphFilter::new));
        return f;
    }

    // ------------------------------------------------------------------------------------------
    // Tokenizers
    // ------------------------------------------------------------------------------------------

    private static TokenizerFactory tokenizer(IndexSettings is, Settings s, String name, Supplier<Tokenizer> supplier) {
        return new AbstractTokenizerFactory(is, s, name) {
            @Override
            public Tokenizer create() {
                return supplier.get();
            }
        };
    }

    /** analysis-common's "token_chars" (letter, digit, whitespace, punctuation, symbol, custom). */
    private static Predicate<Integer> tokenChars(Settings s) {
        List<String> classes = s.getAsList("token_chars", List.of());
        if (classes.isEmpty()) {
            return null;
        }
        Set<Integer> custom = new HashSet<>();
        String customChars = s.get("custom_token_chars", "");
        customChars.codePoints().forEach(custom::add);
        List<Predicate<Integer>> matchers = new ArrayList<>();
        for (String c : classes) {
            switch (c.toLowerCase(Locale.ROOT)) {
                case "letter":
                    matchers.add(Character::isLetter);
                    break;
                case "digit":
                    matchers.add(Character::isDigit);
                    break;
                case "whitespace":
                    matchers.add(Character::isWhitespace);
                    break;
                case "punctuation":
                    matchers.add(cp -> {
                        int t = Character.getType(cp);
                        return t == Character.CONNECTOR_PUNCTUATION || t == Character.DASH_PUNCTUATION
                            || t == Character.START_PUNCTUATION || t == Character.END_PUNCTUATION
                            || t == Character.INITIAL_QUOTE_PUNCTUATION || t == Character.FINAL_QUOTE_PUNCTUATION
                            || t == Character.OTHER_PUNCTUATION;
                    });
                    break;
                case "symbol":
                    matchers.add(cp -> {
                        int t = Character.getType(cp);
                        return t == Character.MATH_SYMBOL || t == Character.CURRENCY_SYMBOL
                            || t == Character.MODIFIER_SYMBOL || t == Character.OTHER_SYMBOL;
                    });
                    break;
                case "custom":
                    if (custom.isEmpty()) {
                        throw new IllegalArgumentException("Token type: [custom] requires setting `custom_token_chars`");
                    }
                    matchers.add(custom::contains);
                    break;
                default:
                    throw new IllegalArgumentException("Unknown token type: '" + c
                        + "', must be one of [symbol, custom, whitespace, letter, punctuation, digit]");
            }
        }
        return cp -> {
            for (Predicate<Integer> m : matchers) {
                if (m.test(cp)) {
                    return true;
                }
            }
            return false;
        };
    }

    @Override
    public Map<String, AnalysisProvider<TokenizerFactory>> getTokenizers() {
        Map<String, AnalysisProvider<TokenizerFactory>> t = new TreeMap<>();
        t.put("ngram", (is, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            int maxGram = s.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            checkNgramDiff(is, minGram, maxGram, "NGram Tokenizer");
            Predicate<Integer> chars = tokenChars(s);
            return tokenizer(is, s, name, () -> chars == null ? new NGramTokenizer(minGram, maxGram) : new NGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return chars.test(chr);
                }
            });
        });
        t.put("edge_ngram", (is, env, name, s) -> {
            int minGram = s.getAsInt("min_gram", NGramTokenizer.DEFAULT_MIN_NGRAM_SIZE);
            int maxGram = s.getAsInt("max_gram", NGramTokenizer.DEFAULT_MAX_NGRAM_SIZE);
            Predicate<Integer> chars = tokenChars(s);
            return tokenizer(is, s, name, () -> chars == null ? new EdgeNGramTokenizer(minGram, maxGram) : new EdgeNGramTokenizer(minGram, maxGram) {
                @Override
                protected boolean isTokenChar(int chr) {
                    return chars.test(chr);
                }
            });
        });
        t.put("keyword", (is, env, name, s) -> {
            int bufferSize = s.getAsInt("buffer_size", 256);
            return tokenizer(is, s, name, () -> new KeywordTokenizer(bufferSize));
        });
        t.put("whitespace", (is, env, name, s) -> {
            Integer maxTokenLength = s.getAsInt("max_token_length", StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
            return tokenizer(is, s, name, () -> new WhitespaceTokenizer(WhitespaceTokenizer.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, maxTokenLength));
        });
        t.put("letter", (is, env, name, s) -> tokenizer(is, s, name, LetterTokenizer::new));
        t.put("classic", (is, env, name, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
            return tokenizer(is, s, name, () -> {
                ClassicTokenizer tok = new ClassicTokenizer();
                tok.setMaxTokenLength(maxTokenLength);
                return tok;
            });
        });
        t.put("uax_url_email", (is, env, name, s) -> {
            int maxTokenLength = s.getAsInt("max_token_length", StandardAnalyzer.DEFAULT_MAX_TOKEN_LENGTH);
            return tokenizer(is, s, name, () -> {
                UAX29URLEmailTokenizer tok = new UAX29URLEmailTokenizer();
                tok.setMaxTokenLength(maxTokenLength);
                return tok;
            });
        });
        t.put("pattern", (is, env, name, s) -> {
            Pattern pattern = Pattern.compile(s.get("pattern", "\\W+"), regexFlags(s.get("flags")));
            int group = s.getAsInt("group", -1);
            return tokenizer(is, s, name, () -> new PatternTokenizer(pattern, group));
        });
        t.put("path_hierarchy", (is, env, name, s) -> {
            char delimiter = s.get("delimiter", "/").charAt(0);
            String replacementSetting = s.get("replacement");
            char replacement = replacementSetting == null ? delimiter : replacementSetting.charAt(0);
            int skip = s.getAsInt("skip", 0);
            boolean reverse = s.getAsBoolean("reverse", false);
            return tokenizer(is, s, name, () -> reverse
                ? new ReversePathHierarchyTokenizer(delimiter, replacement, skip)
                : new PathHierarchyTokenizer(delimiter, replacement, skip));
        });
        t.put("thai", (is, env, name, s) -> tokenizer(is, s, name, ThaiTokenizer::new));
        return t;
    }

    @Override
    public List<PreConfiguredTokenizer> getPreConfiguredTokenizers() {
        List<PreConfiguredTokenizer> t = new ArrayList<>();
        t.add(PreConfiguredTokenizer.singleton("keyword", KeywordTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("whitespace", WhitespaceTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("letter", LetterTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("classic", ClassicTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("uax_url_email", UAX29URLEmailTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("path_hierarchy", PathHierarchyTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("pattern", () -> new PatternTokenizer(Pattern.compile("\\W+"), -1)));
        t.add(PreConfiguredTokenizer.singleton("thai", ThaiTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("ngram", NGramTokenizer::new));
        t.add(PreConfiguredTokenizer.singleton("edge_ngram",
            () -> new EdgeNGramTokenizer(EdgeNGramTokenizer.DEFAULT_MIN_GRAM_SIZE, EdgeNGramTokenizer.DEFAULT_MAX_GRAM_SIZE)));
        return t;
    }

    // ------------------------------------------------------------------------------------------
    // Char filters
    // ------------------------------------------------------------------------------------------

    static final class HtmlStrip extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {
        private final Set<String> escapedTags;

        HtmlStrip(String name, Set<String> escapedTags) {
            super(name);
            this.escapedTags = escapedTags;
        }

        @Override
        public Reader create(Reader reader) {
            return new HTMLStripCharFilter(reader, escapedTags);
        }
    }

    @Override
    public Map<String, AnalysisProvider<CharFilterFactory>> getCharFilters() {
        Map<String, AnalysisProvider<CharFilterFactory>> c = new TreeMap<>();
        c.put("html_strip", (is, env, name, s) -> new HtmlStrip(name, new HashSet<>(s.getAsList("escaped_tags", List.of()))));
        c.put("mapping", requiresAnalysisSettings((is, env, name, s) -> {
            List<String> rules = Analysis.getWordList(env, s, "mappings");
            if (rules == null) {
                throw new IllegalArgumentException("mapping requires either `mappings` or `mappings_path` to be configured");
            }
            NormalizeCharMap.Builder builder = new NormalizeCharMap.Builder();
            Pattern rule = Pattern.compile("(.*)\\s*=>\\s*(.*)\\s*$");
            for (String r : rules) {
                java.util.regex.Matcher m = rule.matcher(r);
                if (!m.find()) {
                    throw new RuntimeException("Invalid Mapping Rule : [" + r + "]");
                }
                builder.add(unescape(m.group(1).trim()), unescape(m.group(2).trim()));
            }
            NormalizeCharMap map = builder.build();
            return new NormalizingChar(name, reader -> new MappingCharFilter(map, reader));
        }));
        c.put("pattern_replace", requiresAnalysisSettings((is, env, name, s) -> {
            String pattern = s.get("pattern");
            if (pattern == null) {
                throw new IllegalArgumentException("pattern is missing for [" + name + "] char filter of type 'pattern_replace'");
            }
            Pattern p = Pattern.compile(pattern, regexFlags(s.get("flags")));
            String replacement = s.get("replacement", "");
            return new NormalizingChar(name, reader -> new PatternReplaceCharFilter(p, replacement, reader));
        }));
        return c;
    }

    static final class NormalizingChar extends AbstractCharFilterFactory implements NormalizingCharFilterFactory {
        private final Function<Reader, Reader> f;

        NormalizingChar(String name, Function<Reader, Reader> f) {
            super(name);
            this.f = f;
        }

        @Override
        public Reader create(Reader reader) {
            return f.apply(reader);
        }
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                switch (n) {
                    case 'n': out.append('\n'); break;
                    case 't': out.append('\t'); break;
                    case 'r': out.append('\r'); break;
                    case 'b': out.append('\b'); break;
                    case 'f': out.append('\f'); break;
                    case 'u':
                        out.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                        break;
                    default: out.append(n);
                }
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }

    private static int regexFlags(String flags) {
        if (flags == null || flags.isBlank()) {
            return 0;
        }
        int result = 0;
        for (String flag : flags.split("\\|")) {
            switch (flag.trim().toUpperCase(Locale.ROOT)) {
                case "CASE_INSENSITIVE": result |= Pattern.CASE_INSENSITIVE; break;
                case "MULTILINE": result |= Pattern.MULTILINE; break;
                case "DOTALL": result |= Pattern.DOTALL; break;
                case "UNICODE_CASE": result |= Pattern.UNICODE_CASE; break;
                case "CANON_EQ": result |= Pattern.CANON_EQ; break;
                case "UNIX_LINES": result |= Pattern.UNIX_LINES; break;
                case "LITERAL": result |= Pattern.LITERAL; break;
                case "COMMENTS": result |= Pattern.COMMENTS; break;
                case "UNICODE_CHARACTER_CLASS": result |= Pattern.UNICODE_CHARACTER_CLASS; break;
                default: throw new IllegalArgumentException("Unknown regex flag [" + flag + "]");
            }
        }
        return result;
    }

    @Override
    public List<PreConfiguredCharFilter> getPreConfiguredCharFilters() {
        return List.of(PreConfiguredCharFilter.singleton("html_strip", false, HTMLStripCharFilter::new));
    }

    // ------------------------------------------------------------------------------------------
    // GET / and HEAD / (what the rest-root module provides in the distribution)
    // ------------------------------------------------------------------------------------------

    @Override
    public Collection<RestHandler> getRestHandlers(Settings settings, NamedWriteableRegistry namedWriteableRegistry,
                                                   RestController restController, ClusterSettings clusterSettings,
                                                   IndexScopedSettings indexScopedSettings, SettingsFilter settingsFilter,
                                                   IndexNameExpressionResolver indexNameExpressionResolver,
                                                   Supplier<DiscoveryNodes> nodesInCluster,
                                                   Predicate<NodeFeature> clusterSupportsFeature) {
        return List.of(new MainHandler());
    }

    final class MainHandler extends BaseRestHandler {
        @Override
        public String getName() {
            return "main_action";
        }

        @Override
        public List<Route> routes() {
            return List.of(new Route(RestRequest.Method.GET, "/"), new Route(RestRequest.Method.HEAD, "/"));
        }

        @Override
        protected RestChannelConsumer prepareRequest(RestRequest request, NodeClient client) {
            return channel -> {
                if (request.method() == RestRequest.Method.HEAD) {
                    channel.sendResponse(new RestResponse(RestStatus.OK, XContentBuilderEmpty.CONTENT_TYPE, ""));
                    return;
                }
                ClusterState state = clusterService.state();
                Build build = Build.current();
                XContentBuilder b = channel.newBuilder();
                b.startObject();
                b.field("name", clusterService.localNode().getName());
                b.field("cluster_name", clusterService.getClusterName().value());
                b.field("cluster_uuid", state.metadata().clusterUUID());
                b.startObject("version")
                    .field("number", build.qualifiedVersion())
                    .field("build_flavor", build.flavor())
                    .field("build_type", build.type().displayName())
                    .field("build_hash", build.hash())
                    .field("build_date", build.date())
                    .field("build_snapshot", build.isSnapshot())
                    .field("lucene_version", IndexVersion.current().luceneVersion().toString())
                    .field("minimum_wire_compatibility_version", build.minWireCompatVersion())
                    .field("minimum_index_compatibility_version", build.minIndexCompatVersion())
                    .endObject();
                b.field("tagline", "You Know, for Search");
                b.endObject();
                channel.sendResponse(new RestResponse(RestStatus.OK, b));
            };
        }
    }

    static final class XContentBuilderEmpty {
        static final String CONTENT_TYPE = "application/json; charset=UTF-8";
    }
}
