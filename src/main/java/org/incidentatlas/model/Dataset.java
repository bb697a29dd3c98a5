package org.incidentatlas.model;

import java.util.Objects;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An opened, checked dataset. Immutable. */
public record Dataset(Path file, String title, String description, String attribution,
                      List<Article> articles, List<Center> centers, List<Incident> incidents, AliasTable aliases) {

    public Dataset {
        Objects.requireNonNull(title, "a dataset has a title");
        aliases = aliases == null ? AliasTable.EMPTY : aliases;
        articles = List.copyOf(articles);
        centers = List.copyOf(centers);
        incidents = List.copyOf(incidents);
    }

    /** A dataset with no alias entries of its own (the bundled table alone applies). */
    public Dataset(Path file, String title, String description, String attribution,
                   List<Article> articles, List<Center> centers, List<Incident> incidents) {
        this(file, title, description, attribution, articles, centers, incidents, AliasTable.EMPTY);
    }

    /** This dataset with other alias entries (the records unchanged). */
    public Dataset withAliases(AliasTable table) {
        return new Dataset(file, title, description, attribution, articles, centers, incidents, table);
    }

    /** Articles by id; built on each call, so callers that look up often should keep the map. */
    public Map<String, Article> articlesById() {
        return articles.stream().collect(Collectors.toUnmodifiableMap(Article::id, Function.identity()));
    }

    /** This dataset with other articles (the rest unchanged). */
    public Dataset withArticles(List<Article> others) {
        return new Dataset(file, title, description, attribution, others, centers, incidents, aliases);
    }

    public Optional<Article> article(String id) {
        return articles.stream().filter(a -> a.id().equals(id)).findFirst();
    }
}
