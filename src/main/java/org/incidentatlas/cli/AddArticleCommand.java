package org.incidentatlas.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.incidentatlas.dataset.ArticleDraft;
import org.incidentatlas.dataset.ArticleRefused;
import org.incidentatlas.dataset.ArticleStore;
import org.incidentatlas.dataset.DatasetSaver;
import org.incidentatlas.dataset.ReadResult;
import org.incidentatlas.dataset.OutputGuard;
import org.incidentatlas.importer.ArticleReader;
import org.incidentatlas.importer.ArticleSource;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code add-article --dataset D --file F [--outlet O] [--title T] [--published DATE] [--url U] [--id ID]
 * [--notes N]}: stores the article's text in the dataset's articles folder and adds the article to the dataset,
 * which is rewritten atomically after its previous version is kept as {@code D.bak}. Everything is checked
 * before anything is written; a failure after the text is stored removes it again.
 */
@Command(name = "add-article", sortOptions = false,
        description = "Store an article's text (.txt, .md or .html) in the dataset's articles folder and add the "
                + "article to the dataset (its previous version kept as DATASET.bak).")
final class AddArticleCommand implements Callable<Integer> {

    private final Cli cli;
    @Mixin
    private HelpOption help;
    @Option(names = "--dataset", order = 1, paramLabel = "FILE", description = "the dataset to add to", required = true)
    private Path dataset;
    @Option(names = "--file", order = 2, paramLabel = "ARTICLE", required = true,
            description = "the article: .txt or .md (UTF-8), or .html (its article text is taken)")
    private Path file;
    @Option(names = "--outlet", order = 3, paramLabel = "O", description = "who published it (default: the page's site name)")
    private String outlet;
    @Option(names = "--title", order = 4, paramLabel = "T", description = "its headline (default: the page's or file's title)")
    private String title;
    private String published;
    private boolean publishedGiven;
    @Option(names = "--url", order = 6, paramLabel = "U", description = "where it was read; kept as text, never opened")
    private String url;
    private String id;
    @Option(names = "--notes", order = 8, paramLabel = "N", description = "a note on the article")
    private String notes;

    AddArticleCommand(Cli cli) {
        this.cli = cli;
    }

    @Option(names = "--published", order = 5, paramLabel = "YYYY[-MM[-DD]]|unknown",
            description = "when it was published: year, month or day, or unknown (default: the page's date)")
    void published(String value) throws BadArgument {
        publishedGiven = true;
        published = value.equalsIgnoreCase("unknown") ? null : value;
        try {
            ArticleStore.checkPublished(published);
        } catch (ArticleRefused e) {
            throw new BadArgument("--published takes YYYY, YYYY-MM, YYYY-MM-DD or unknown, not \"" + value + "\"");
        }
    }

    @Option(names = "--id", order = 7, paramLabel = "ID",
            description = "the article's id (default: art-NNN-outlet[-date], the next number in the dataset)")
    void id(String value) throws BadArgument {
        if (!value.matches("[A-Za-z0-9][A-Za-z0-9._:-]{0,99}")) {
            throw new BadArgument("--id takes 1 to 100 ASCII letters, digits and . _ : - starting with a letter or "
                    + "digit, not \"" + value + "\"");
        }
        id = value;
    }

    @Override
    public Integer call() {
        Path backup = DatasetSaver.backupOf(dataset);
        if (cli.cannotWrite(dataset, List.of()) || cli.cannotWrite(backup, List.of())) {
            return Cli.PROBLEMS;
        }
        ArticleSource source;
        try {
            source = ArticleReader.read(file);
        } catch (ArticleRefused e) {
            cli.err.println("error: " + e.getMessage() + " Nothing was written.");
            return Cli.PROBLEMS;
        } catch (NoSuchFileException e) {
            cli.err.println("error: cannot read " + file + ": there is no such file. Nothing was written.");
            return Cli.PROBLEMS;
        } catch (IOException e) {
            cli.err.println("error: cannot read " + file + " (" + Cli.reason(e) + "). Nothing was written.");
            return Cli.PROBLEMS;
        }
        ReadResult read = cli.readResultOrSay(dataset);
        Dataset d = read == null ? null : read.dataset();
        if (d == null || cli.cannotWrite(backup, OutputGuard.inputsOf(d))) {
            return Cli.PROBLEMS;
        }
        ArticleDraft defaults = source.draft();
        ArticleDraft draft = new ArticleDraft(defaults.text(), outlet != null ? outlet : defaults.outlet(),
                title != null ? title : defaults.title(), publishedGiven ? published : defaults.published(),
                url != null ? url : defaults.url(), notes, id);
        if (draft.id() != null && d.articles().stream().anyMatch(a -> a.id().equalsIgnoreCase(draft.id()))) {
            return cli.badValue(new BadArgument("--id: the dataset already has an article \"" + draft.id()
                    + "\" (ids are the same whatever their case); choose another, or leave --id out"));
        }
        Article added;
        try {
            added = ArticleStore.store(dataset, draft, d.articles());
        } catch (ArticleRefused e) {
            cli.err.println("error: " + e.getMessage() + " Nothing was written.");
            return Cli.PROBLEMS;
        } catch (IOException e) {
            return cli.writeFailed(dataset.toAbsolutePath().resolveSibling(ArticleStore.FOLDER), e);
        }
        Path text = dataset.toAbsolutePath().resolveSibling(added.textPath());
        List<Article> articles = new ArrayList<>(d.articles());
        articles.add(added);
        try {
            // the same save as the window's: the previous version kept as the backup, unknown fields written back
            new DatasetSaver().save(d.withArticles(articles), read.unknown(), dataset);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(text);
            } catch (IOException left) {
                cli.err.println("warning: the stored text " + text + " could not be removed: " + Cli.reason(left));
            }
            return cli.writeFailed(dataset, e);
        }
        cli.out.printf("added article %s (%s) to %s: text %s, %,d characters, SHA-256 %s; previous version %s%n",
                added.id(), added.citation(), dataset, added.textPath(), added.text().length(), added.textSha256(), backup);
        return Cli.OK;
    }
}
