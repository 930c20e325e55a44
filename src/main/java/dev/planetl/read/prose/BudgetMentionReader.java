package dev.planetl.read.prose;

import dev.planetl.extract.Document;
import dev.planetl.read.BudgetMention;
import dev.planetl.read.Finding;
import dev.planetl.read.Severity;
import dev.planetl.read.SourceRef;
import dev.planetl.read.privacy.PersonalDataMasker;

import dev.planetl.read.number.AmountParser;
import dev.planetl.read.vocab.Tsv;
import dev.planetl.read.vocab.VocabularySource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the budget amounts a plan states in its prose (headings, paragraphs, bullets, footnotes): each amount
 * with the program it belongs to, its fiscal year or period and its kind. Only the forms plans print are read
 * ({@code 사업(23, 59.2억원)}, {@code (‘24~’28, 208억, ‘25년 24억)}, {@code ('24) 8,295억원 → ('25) 8,272억원},
 * {@code 총 9,352억원(국비 6,947억원)}, {@code '25년 1,286억원}); an amount whose year, subject or meaning is not
 * certain becomes a finding with the sentence, never a guessed mention. Every stored sentence is masked by the
 * {@link PersonalDataMasker}. Stateless after construction and thread-safe.
 */
public final class BudgetMentionReader {

    /** What the reader took from one document. */
    public record Result(List<BudgetMention> mentions, List<Finding> findings) {
        public Result {
            mentions = List.copyOf(mentions);
            findings = List.copyOf(findings);
        }
    }

    private final PersonalDataMasker masker;

    /**
     * Amounts a plan's prose states that are no budget fact whatever a steward does to the file: recorded at
     * severity info, so that the warnings are the amounts that might be facts read wrong (an ambiguous year, an
     * unclear subject, a malformed number).
     */
    private static final java.util.Set<String> NOT_FACTS = java.util.Set.of("mention.year.missing",
            "mention.context.unclear", "mention.not_budget", "mention.per_unit", "mention.equivalent");
    /** How many of a document's first text blocks may hold its title. */
    private static final int TITLE_BLOCKS = 5;
    private static final Pattern RELEASE = Pattern.compile("보도\\s*자료|동향|통계");
    private static final Pattern FOREIGN_LEAD = Pattern.compile("[\\s*※\\-ㅇ○□◦·•‣▪]*[(（]([^)）]{1,12})[)）]");
    private final SentenceSplitter splitter = new SentenceSplitter();
    private final List<String> notBudget;
    private final Set<String> foreign;
    private final MoneyPhraseScanner scanner;
    private final MentionParser parser;

    /** With the default masker and the vocabularies in {@code vocab/}. */
    public BudgetMentionReader() {
        this(new PersonalDataMasker());
    }

    public BudgetMentionReader(PersonalDataMasker masker) {
        this(masker, VocabularySource.packaged(), AmountParser.standard());
    }

    /** With {@code mention-subjects.tsv} and {@code prose-currencies.tsv} from the source. */
    public BudgetMentionReader(PersonalDataMasker masker, VocabularySource source, AmountParser amounts) {
        this.masker = masker;
        Set<String> generic = new HashSet<>();
        List<String> notBudget = new ArrayList<>();
        Set<String> foreign = new HashSet<>();
        for (Tsv.Row row : VocabularyFile.rows(source, "mention-subjects.tsv", 2)) {
            switch (row.get(0)) {
                case "generic" -> generic.add(row.get(1));
                case "not-budget" -> notBudget.add(row.get(1));
                case "foreign" -> foreign.add(row.get(1));
                default -> throw row.error("kind must be generic, not-budget or foreign: " + row.get(0));
            }
        }
        this.scanner = new MoneyPhraseScanner(amounts, source);
        this.notBudget = List.copyOf(notBudget);
        this.foreign = Set.copyOf(foreign);
        this.parser = new MentionParser(scanner, Set.copyOf(generic), this.notBudget);
    }

    /**
     * The statistic a release's head names ({@code 보도자료 … 해외직접투자는 639.5억 달러로 …}), if any: every
     * amount of a statistics release is that statistic, not a budget, whatever a sentence's own subject says.
     * The head is the title and the first blocks (Hancom lays a release's title out in one-cell tables); it must
     * name itself a release (보도자료, 동향, 통계) as well, so that a plan to attract such flows keeps its budget.
     */
    Optional<String> statisticOfTitle(Document document) {
        StringBuilder head = new StringBuilder();
        if (document.metadata().title() != null) {
            head.append(document.metadata().title()).append('\n');
        }
        document.blocks().stream().limit(TITLE_BLOCKS).forEach(b -> head.append(b.text()).append('\n'));
        if (!RELEASE.matcher(head).find()) {
            return Optional.empty();
        }
        return notBudget.stream().filter(word -> head.indexOf(word) >= 0).findFirst();
    }

    /** The foreign country a sentence opens with in parentheses ({@code * (영국) 클라우드 … 계약금액}), if any. */
    Optional<String> foreignSubject(String sentence) {
        Matcher m = FOREIGN_LEAD.matcher(sentence);
        return m.lookingAt() && foreign.contains(m.group(1).strip()) ? Optional.of(m.group(1).strip())
                : Optional.empty();
    }

    /**
     * @param document the extracted document
     * @param planYear the plan year two-digit years are read against, or null when unknown
     * @return the mentions and the findings about amounts that could not be placed, never null
     */
    public Result read(Document document, Integer planYear) {
        return read(splitter.split(TextLines.of(document)), planYear, statisticOfTitle(document));
    }

    /** Reads sentences already split, e.g. from another reader's text. */
    public Result read(List<Sentence> sentences, Integer planYear) {
        return read(sentences, planYear, Optional.empty());
    }

    private Result read(List<Sentence> sentences, Integer planYear, Optional<String> statistic) {
        YearResolver years = new YearResolver(planYear);
        GluedYears glued = new GluedYears(scanner, sentences);
        List<BudgetMention> mentions = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        for (Sentence sentence : sentences) {
            GluedYears.Split split = glued.split(sentence.text());
            Sentence read = split.text().equals(sentence.text()) ? sentence
                    : new Sentence(sentence.marker(), split.text(), sentence.provenance(), sentence.parent());
            MentionParser.Outcome parsed = parser.parse(read, years);
            List<MentionParser.Problem> problems = new ArrayList<>(split.problems());
            problems.addAll(parsed.problems());
            List<MentionParser.Draft> drafts = parsed.drafts();
            Optional<String> notBudgetWhy = statistic.map(word -> "the document is a release of '" + word
                    + "' statistics, not a budget").or(() -> foreignSubject(read.text())
                    .map(country -> "the figure is another country's ('" + country + "'), not a budget"));
            if (notBudgetWhy.isPresent()) {
                for (MentionParser.Draft d : drafts) {
                    problems.add(new MentionParser.Problem("mention.not_budget", notBudgetWhy.get(),
                            d.money().asWritten()));
                }
                drafts = List.of();
            }
            MentionParser.Outcome outcome = new MentionParser.Outcome(drafts, problems);
            if (outcome.drafts().isEmpty() && outcome.problems().isEmpty()) {
                continue;
            }
            String stored = masker.mask(sentence.printed());
            SourceRef source = new SourceRef(sentence.provenance(), stored);
            for (MentionParser.Draft d : outcome.drafts()) {
                mentions.add(new BudgetMention(d.fiscalYear(), d.periodStart(), d.periodEnd(),
                        masker.mask(d.subject()), d.money().amount(), d.money().asWritten(), d.kind(),
                        d.money().currency(), stored, source));
            }
            for (MentionParser.Problem p : outcome.problems()) {
                findings.add(new Finding(NOT_FACTS.contains(p.rule()) ? Severity.INFO : Severity.WARNING, p.rule(),
                        "amount '" + p.asWritten() + "' not loaded: " + p.message(), stored, source));
            }
        }
        return new Result(mentions, findings);
    }
}
