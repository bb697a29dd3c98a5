package org.incidentatlas.dataset;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The temporary files {@link AtomicFiles} writes beside a target, named so that they are recognised and never
 * taken for outputs: {@code .<target name>.incident-atlas-<pid>-<8 random>.tmp} (hidden, with the app's name, the
 * writing process's id and {@code .tmp}). A process killed mid-write leaves its file; the next write into the
 * same folder removes every such file whose process is gone, or whose pid now belongs to a process that started
 * after the file was last written (the pid was reused). Files of a process still running are left alone: it may
 * be writing them now.
 */
final class TempFiles {

    /** The target name is shortened so that the temporary name stays within the usual 255-byte limit. */
    private static final int MAX_TARGET_CHARS = 60;
    private static final String MARK = ".incident-atlas-";
    static final Pattern NAME = Pattern.compile("\\..*\\.incident-atlas-([0-9]{1,19})-[0-9a-z]{8}\\.tmp", Pattern.DOTALL);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final long PID = ProcessHandle.current().pid();

    private TempFiles() {
    }

    /** Creates a new, empty, private (0600 where the file system has permissions) temporary file in {@code dir}. */
    static Path create(Path dir, String targetName) throws IOException {
        String base = targetName.length() > MAX_TARGET_CHARS ? targetName.substring(0, MAX_TARGET_CHARS) : targetName;
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + base + MARK + PID + "-" + randomTag() + ".tmp");
            try {
                return posix ? Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                        : Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    /**
     * Gives {@code existing} a second name, a temporary one in {@code dir} (a hard link: no byte is copied).
     *
     * @throws UnsupportedOperationException or an IOException when the file system has no hard links
     */
    static Path link(Path dir, String targetName, Path existing) throws IOException {
        String base = targetName.length() > MAX_TARGET_CHARS ? targetName.substring(0, MAX_TARGET_CHARS) : targetName;
        for (int attempt = 0; ; attempt++) {
            Path tmp = dir.resolve("." + base + MARK + PID + "-" + randomTag() + ".tmp");
            try {
                return Files.createLink(tmp, existing);
            } catch (FileAlreadyExistsException e) {
                if (attempt > 20) {
                    throw e;
                }
            }
        }
    }

    /**
     * Removes the stale temporary files in {@code dir} (see the class comment) and returns them. Only regular
     * files with this class's names are touched; a failure to remove one is not an error (it is tried again on
     * the next write).
     */
    static List<Path> cleanStale(Path dir) {
        List<Path> removed = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, ".*" + MARK + "*.tmp")) {
            for (Path p : entries) {
                Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches() && isStale(p, m.group(1)) && deleteRegular(p)) {
                    removed.add(p);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: the write itself will say what is wrong
        }
        return removed;
    }

    private static boolean isStale(Path p, String pidText) throws IOException {
        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (!a.isRegularFile()) {
            return false;
        }
        long pid;
        try {
            pid = Long.parseLong(pidText);
        } catch (NumberFormatException e) {
            return false;
        }
        Instant written = a.lastModifiedTime().toInstant();
        Optional<ProcessHandle> owner = ProcessHandle.of(pid);
        if (owner.isEmpty() || !owner.get().isAlive()) {
            return true;
        }
        // a live process with that pid: the owner, unless it started after the file was last written
        Optional<Instant> started = owner.get().info().startInstant();
        return started.isPresent() && started.get().isAfter(written.plusSeconds(1));
    }

    private static boolean deleteRegular(Path p) {
        try {
            if (Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile()) {
                return Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // left for the next write
        }
        return false;
    }

    private static String randomTag() {
        StringBuilder sb = new StringBuilder(8);
        for (int i = 0; i < 8; i++) {
            sb.append(Character.forDigit(RANDOM.nextInt(36), 36));
        }
        return sb.toString();
    }
}
