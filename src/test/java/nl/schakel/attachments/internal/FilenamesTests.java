package nl.schakel.attachments.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FilenamesTests {

    @Test
    void keepsAnOrdinaryName() {
        assertThat(Filenames.clean("Foto van de woning.JPG", 1, FileType.JPEG)).isEqualTo("Foto van de woning.JPG");
        assertThat(Filenames.clean("contract.pdf", 1, FileType.PDF)).isEqualTo("contract.pdf");
    }

    @Test
    void dropsFoldersFromWindowsAndUnixPaths() {
        assertThat(Filenames.clean("C:\\Users\\jan\\Desktop\\foto.jpg", 1, FileType.JPEG)).isEqualTo("foto.jpg");
        assertThat(Filenames.clean("../../etc/passwd.png", 1, FileType.PNG)).isEqualTo("passwd.png");
    }

    @Test
    void dropsControlAndInvisibleCharactersThatDisguiseAName() {
        assertThat(Filenames.clean("rapport\u202Egpj.exe", 1, FileType.PDF)).isEqualTo("rapportgpj.exe.pdf");
        assertThat(Filenames.clean("a\u0000b\u0007c\r\nd.png", 1, FileType.PNG)).isEqualTo("abc d.png");
        assertThat(Filenames.clean("  ..verborgen.jpg. ", 1, FileType.JPEG)).isEqualTo("verborgen.jpg");
    }

    @Test
    void givesTheExtensionOfTheContent() {
        assertThat(Filenames.clean("foto.png", 1, FileType.JPEG)).isEqualTo("foto.png.jpg");
        assertThat(Filenames.clean("scan", 1, FileType.PDF)).isEqualTo("scan.pdf");
    }

    @Test
    void namesANamelessFileByItsPosition() {
        assertThat(Filenames.clean("", 1, FileType.JPEG)).isEqualTo("bijlage-1.jpg");
        assertThat(Filenames.clean("C:\\fotos\\", 3, FileType.PNG)).isEqualTo("bijlage-3.png");
        assertThat(Filenames.clean("\u202E\u0000 ..", 2, FileType.PDF)).isEqualTo("bijlage-2.pdf");
        assertThat(Filenames.forRefusal("/", 4)).isEqualTo("bijlage-4");
    }

    @Test
    void limitsTheLengthButKeepsTheExtension() {
        String cleaned = Filenames.clean("a".repeat(300) + ".jpeg", 1, FileType.JPEG);

        assertThat(cleaned).hasSize(Filenames.MAX_LENGTH).endsWith("a.jpeg");
        String emoji = Filenames.clean("😀".repeat(200) + ".png", 1, FileType.PNG);
        assertThat(emoji.codePointCount(0, emoji.length())).isEqualTo(Filenames.MAX_LENGTH);
        assertThat(emoji).endsWith("😀.png"); // not cut in the middle of a character
    }
}
