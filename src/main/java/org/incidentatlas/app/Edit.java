package org.incidentatlas.app;

import java.util.ArrayList;
import java.util.List;
import org.incidentatlas.model.AliasTable;
import org.incidentatlas.model.Article;
import org.incidentatlas.model.Center;
import org.incidentatlas.model.Incident;

/**
 * One change the analyst made to the open dataset, as the records before and after it: enough to apply it, and,
 * turned round, to undo it. A change holds an incident, a centre or an article; a null side means the record is
 * added (no before) or deleted (no after). Records are immutable, so an edit holds only references.
 *
 * @param label what the Edit menu says ("Undo Add incident “Attack on Prde”")
 */
public record Edit(String label, List<Change> changes) {

    /** One record's change. Both sides are of one kind, and have one id, when both are given. */
    public record Change(Object before, Object after) {
        public Change {
            if (before == null && after == null) {
                throw new IllegalArgumentException("a change has a before or an after");
            }
            Object one = before != null ? before : after;
            if (!(one instanceof Incident || one instanceof Center || one instanceof Article || one instanceof AliasTable)) {
                throw new IllegalArgumentException("an incident, a centre, an article or the alias table: " + one.getClass());
            }
            if (before != null && after != null && before.getClass() != after.getClass()) {
                throw new IllegalArgumentException("a change keeps the kind of record");
            }
        }

        Change inverse() {
            return new Change(after, before);
        }

        Object either() {
            return after != null ? after : before;
        }
    }

    public Edit {
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an edit changes something");
        }
    }

    static Edit of(String label, Object before, Object after) {
        return new Edit(label, List.of(new Change(before, after)));
    }

    /** The edit that undoes this one. */
    Edit inverse() {
        List<Change> back = new ArrayList<>(changes.size());
        for (int i = changes.size() - 1; i >= 0; i--) {
            back.add(changes.get(i).inverse());
        }
        return new Edit(label, back);
    }

    boolean touchesArticles() {
        return changes.stream().anyMatch(c -> c.either() instanceof Article);
    }

    /** Whether the edit changes the dataset's alias table (never both sides null: the table is always there). */
    boolean touchesAliases() {
        return changes.stream().anyMatch(c -> c.either() instanceof AliasTable);
    }

    boolean touchesCenters() {
        return changes.stream().anyMatch(c -> c.either() instanceof Center);
    }
}
