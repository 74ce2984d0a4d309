package dev.accord.geo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A build step that copies files out of a pinned npm package tarball after checking it against its
 * published checksum: how the web page gets its offline base map, with nothing of it committed.
 *
 * <p>Arguments: the tarball, its {@code sha512-...} integrity, the output folder, then the entries to
 * copy ({@code package/countries-110m.json}); each lands in the folder under its file name.
 */
public final class NpmPackageFiles {

    private NpmPackageFiles() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            throw new IllegalArgumentException("expected a tarball, its integrity, an output folder and at least "
                    + "one entry but got " + args.length + " arguments");
        }
        byte[] tgz = GazetteerIndexer.verified(Path.of(args[0]), args[1]);
        Path out = Files.createDirectories(Path.of(args[2]));
        for (int i = 3; i < args.length; i++) {
            String name = args[i].substring(args[i].lastIndexOf('/') + 1);
            Files.write(out.resolve(name), GazetteerIndexer.entry(tgz, args[i]));
        }
    }
}
