package nl.schakel.directory;

/** The region holds no directory entry for that organisation. */
public class DirectoryEntryNotFoundException extends RuntimeException {

    public DirectoryEntryNotFoundException() {
        super("No directory entry");
    }
}
