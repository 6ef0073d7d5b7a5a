"""What reporters collect, read as articles: saved web pages, text with front matter, Markdown, Word documents; dates
found in metadata and in the text, and where each came from (`published_from`).

The web page is a page shape written for the test (tests/formats/article.html: menu, related links, comments,
footer around a short article), not a third-party page.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from recoupe.dates import iso_date, published_in_text
from recoupe.formats import markdown_page, split_front_matter
from recoupe.ingest import IngestError, article_from_text, discover, read_article

FORMATS = Path(__file__).resolve().parent / "formats"
BODY = (
    "Environ 300 personnes ont manifesté samedi devant la mairie pour réclamer la réouverture de la piscine "
    "municipale, fermée depuis deux ans.\n\nLe maire a promis une décision avant l'été."
)


# --- saved web pages -------------------------------------------------------------------------


def test_saved_page_gives_body_and_metadata():
    article = read_article(FORMATS / "article.html")
    assert article.title == "Inondations : la digue de Saint-Aubin a cédé dans la nuit"
    assert article.outlet == "Le Courrier du Val"
    assert article.author == "Léa Martin"
    assert article.url == "https://courrier-du-val.example/region/2023/11/09/digue-saint-aubin-4471"
    assert (article.published, article.published_from) == ("2023-11-09", "page")
    assert article.language == "fr"
    assert article.text.startswith("La digue qui protège le quartier bas")
    assert article.text.endswith("attendue samedi.")
    assert article.raw_text.startswith("<!DOCTYPE html>")  # the page as saved is kept


@pytest.mark.parametrize("furniture", [
    "Région", "S'abonner", "À lire aussi", "Crue record", "Partager", "Commentaires", "Jeannot77",
    "ne tiendrait pas", "Tous droits réservés", "Mentions légales", "cookies", "dataLayer", "display: flex",
])
def test_saved_page_body_has_no_menu_related_comments_or_footer(furniture):
    assert furniture not in read_article(FORMATS / "article.html").text


@pytest.mark.parametrize("line, furniture", [
    ("Crédit photo : Jean Dupont", True), ("(Photo : archives)", True), ("Image: city council", True),
    ("À lire aussi : la piscine rouvre", True), ("Read more about the festival", True),
    ("Festival week in pictures", True), ("En images : la fête du village", True), ("Voir les 12 photos", True),
    ("Show all 40", True), ("© Le Courrier du Val 2023", True),
    ("La photo du maire a fait le tour du village.", False),
    ("Relatedly, the council voted.", False),
])
def test_page_furniture_lines_come_from_the_ingest_lexicons(line, furniture):
    """`credit_labels`, `related_starts`, `gallery_*` (lexicons/<language>/ingest.yml, every language's at once):
    a whole line that is a photo credit, a teaser or a gallery link is the page's furniture."""
    from recoupe.formats import PAGE_FURNITURE

    assert bool(PAGE_FURNITURE.match(line)) is furniture


def test_sources_yml_wins_over_the_page():
    article = read_article(FORMATS / "article.html", metadata={"outlet": "Courrier", "published": "2023-11-08"})
    assert (article.outlet, article.published, article.published_from) == ("Courrier", "2023-11-08", "metadata")
    assert article.title == "Inondations : la digue de Saint-Aubin a cédé dans la nuit"  # the page still speaks


def test_html_saved_as_txt_is_read_as_a_page(tmp_path):
    copy = tmp_path / "article.txt"
    copy.write_bytes((FORMATS / "article.html").read_bytes())
    assert read_article(copy).text == read_article(FORMATS / "article.html").text


def test_page_without_article_body_is_rejected(tmp_path):
    page = tmp_path / "home.html"
    page.write_text("<html><body><nav><a href='/'>Accueil</a> <a href='/monde'>Monde</a></nav>"
                    "<footer>© Le Journal</footer></body></html>", encoding="utf-8")
    with pytest.raises(IngestError, match="web page with no article body"):
        read_article(page)


def test_browser_complete_save_folder_is_not_read(tmp_path):
    (tmp_path / "article.html").write_bytes((FORMATS / "article.html").read_bytes())
    assets = tmp_path / "article_files"
    assets.mkdir()
    (assets / "style.css").write_text(".menu {}", encoding="utf-8")
    (tmp_path / "notes_files").mkdir()  # no notes.html beside it: an ordinary folder, read
    (tmp_path / "notes_files" / "a.txt").write_text(BODY, encoding="utf-8")
    found, rejected = discover([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p in found] == ["article.html", "notes_files/a.txt"]
    assert rejected == []


# --- front matter ----------------------------------------------------------------------------


def test_yaml_front_matter():
    text = (
        "---\nurl: https://example.org/2024/10/17/piscine-98765\ntitle: La piscine restera fermée\n"
        "date: 2024-10-17\nauthor: [Ana Silva, Tom Weber]\noutlet: La Gazette\nlang: fr\n---\n\n" + BODY
    )
    article = article_from_text(text, source_file="a.txt")
    assert article.text == BODY
    assert (article.url, article.title, article.author, article.outlet, article.language) == (
        "https://example.org/2024/10/17/piscine-98765", "La piscine restera fermée", "Ana Silva, Tom Weber",
        "La Gazette", "fr")
    assert (article.published, article.published_from) == ("2024-10-17", "metadata")
    assert article.raw_text == text


def test_header_lines_front_matter():
    text = "URL: https://example.org/a?id=4471\nTitre : La piscine\nDate: jeudi 17 octobre 2024\n\n" + BODY
    article = article_from_text(text, source_file="a.txt")
    assert article.text == BODY
    assert (article.url, article.title, article.published) == ("https://example.org/a?id=4471", "La piscine",
                                                                 "2024-10-17")


def test_sources_yml_wins_over_front_matter():
    text = "title: Titre du fichier\npublished: 2024-10-17\n\n" + BODY
    article = article_from_text(text, source_file="a.txt", metadata={"title": "Titre de sources.yml"})
    assert (article.title, article.published, article.published_from) == (
        "Titre de sources.yml", "2024-10-17", "metadata")


@pytest.mark.parametrize("text", [
    "Selon la préfecture: 300 personnes.\n\nSuite du texte.",  # a sentence with a colon is no header
    "Title: un titre\nune ligne sans clé\n\nSuite.",  # every header line must be a known key
    "---\nceci n'est pas: du YAML: valide: [\n---\nSuite.",
])
def test_body_that_only_looks_like_front_matter_is_kept(text):
    assert split_front_matter(text) == ({}, text)


def test_front_matter_is_no_figure(tmp_path):
    """Numbers in a header's URL or date are not the article's figures: they are not in the body at all."""
    (tmp_path / "a.txt").write_text("url: https://example.org/2024/10/17/article-123456\ndate: 2024-10-17\n\n" + BODY,
                                    encoding="utf-8")
    article = read_article(tmp_path / "a.txt")
    assert "123456" not in article.text and "2024" not in article.text


# --- Markdown, Word, PDF ---------------------------------------------------------------------


def test_markdown_without_markup(tmp_path):
    source = ("---\ntitle: La piscine\n---\n# La piscine restera fermée\n\n"
              "Environ **300 personnes** ont manifesté *samedi* devant [la mairie](https://example.org/mairie) "
              "pour réclamer la réouverture de la piscine.\n\n> « Nous voulons nager », a dit une mère.\n\n"
              "- première demande\n- seconde demande\n\n![photo](img.jpg)\n")
    (tmp_path / "a.md").write_text(source, encoding="utf-8")
    article = read_article(tmp_path / "a.md")
    assert article.text == (
        "La piscine restera fermée\n\nEnviron 300 personnes ont manifesté samedi devant la mairie pour réclamer la "
        "réouverture de la piscine.\n\n« Nous voulons nager », a dit une mère.\n\npremière demande\nseconde demande"
    )
    assert article.title == "La piscine"  # the front matter's, not the first heading's


def test_markdown_keeps_ordinary_stars_and_underscores():
    text = "Le taux passe à 3 * 2 points, selon snake_case_name et 5*3."
    assert markdown_page(text).body == text


def make_docx(path: Path, paragraphs: list[str], title: str = "") -> None:
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f"<w:p><w:r><w:t xml:space='preserve'>{p}</w:t></w:r></w:p>" for p in paragraphs)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types xmlns='http://schemas.openxmlformats.org/package/2006/content-types'/>")
        archive.writestr("word/document.xml", f"<w:document xmlns:w='{w}'><w:body>{body}</w:body></w:document>")
        archive.writestr("docProps/core.xml", (
            "<cp:coreProperties xmlns:cp='http://schemas.openxmlformats.org/package/2006/metadata/core-properties' "
            f"xmlns:dc='http://purl.org/dc/elements/1.1/'><dc:title>{title}</dc:title></cp:coreProperties>"))


def test_docx_paragraphs(tmp_path):
    make_docx(tmp_path / "a.docx", ["La piscine restera fermée", *BODY.split("\n\n")], title="Piscine")
    article = read_article(tmp_path / "a.docx")
    assert article.text == "La piscine restera fermée\n\n" + BODY
    assert article.title == "Piscine"


def test_broken_docx_is_rejected(tmp_path):
    (tmp_path / "a.docx").write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(IngestError, match="not a readable Word document"):
        read_article(tmp_path / "a.docx")


@pytest.mark.parametrize("name, data, words", [
    ("a.pdf", b"%PDF-1.7\n%\xe2\xe3\n1 0 obj\n", "pdftotext"),
    ("scan.txt", b"%PDF-1.4\n", "pdftotext"),  # a PDF under another name, by its content
    ("a.odt", b"PK\x03\x04 mimetypeapplication/vnd.oasis", "libreoffice"),
])
def test_unread_formats_say_how_to_convert(tmp_path, name, data, words):
    (tmp_path / name).write_bytes(data)
    with pytest.raises(IngestError, match=words):
        read_article(tmp_path / name)


# --- dates -----------------------------------------------------------------------------------


@pytest.mark.parametrize("given, iso", [
    ("2024-10-17", "2024-10-17"), ("2024-10", "2024-10"), ("2024-10-17T08:30:00+02:00", "2024-10-17"),
    ("17/10/2024", "2024-10-17"), ("jeudi 17 octobre 2024", "2024-10-17"), ("1er fevrier 2023", "2023-02-01"),
    ("October 17, 2024", "2024-10-17"), ("Thu, Oct. 17 2024", "2024-10-17"), ("17 Sept. 2024", "2024-09-17"),
    ("31 février 2024", None), ("bientôt", None),
])
def test_iso_date(given, iso):
    assert iso_date(given) == iso


@pytest.mark.parametrize("text, iso", [
    ("Titre\n\nPublié le 17/10/2024 à 10h30\n\nLe vote aura lieu le 5 novembre 2024.", "2024-10-17"),
    ("Titre\nJeudi 17 octobre 2024\nLe vote aura lieu le 5 novembre 2024.", "2024-10-17"),
    ("SÉOUL, 17 octobre 2024 - Le rapport publié le 3 mars 2023 annonce un vote le 5 novembre 2024.", "2024-10-17"),
    ("Title\n\nUpdated: October 17, 2024\n\nThe vote is on November 5, 2024.", "2024-10-17"),
    ("Le rapport, paru le 3 mars 2023, est cité par le ministre le 12 octobre 2024 devant les députés.", "2024-10-12"),
    ("SEOUL, Oct 18 (Reuters) - No year: the date cannot be pinned down.", None),
])
def test_published_in_text(text, iso):
    assert published_in_text(text) == iso


def test_published_from_text_and_none():
    dated = article_from_text("Titre\n\nJeudi 17 octobre 2024\n\n" + BODY, source_file="a.txt")
    assert (dated.published, dated.published_from) == ("2024-10-17", "text")
    undated = article_from_text(BODY, source_file="b.txt")
    assert (undated.published, undated.published_from) == (None, None)


def test_page_in_its_declared_encoding(tmp_path):
    """<meta charset="macintosh">: read as it says (as cp1252, the fallback for legacy text, "é" would be "Ž")."""
    page = (FORMATS / "article.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="macintosh"')
    (tmp_path / "a.html").write_bytes(page.encode("mac_roman"))
    assert read_article(tmp_path / "a.html").text == read_article(FORMATS / "article.html").text


def test_front_matter_values_that_are_not_values_are_ignored():
    laughs = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
             "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n" \
             "title: *d\noutlet: {name: La Gazette}\nauthor: [Ana Silva, [nested]]\n---\n" + BODY
    metadata, body = split_front_matter(laughs)
    assert metadata == {"author": "Ana Silva"} and body == BODY


def test_page_too_large_to_be_one_article_is_refused(tmp_path):
    (tmp_path / "archive.html").write_text("<html><body>" + "<p><a href='/x'>lien</a></p>" * 15_000 + "</body></html>",
                                           encoding="utf-8")
    with pytest.raises(IngestError, match="more than 20,000 elements"):
        read_article(tmp_path / "archive.html")


def test_page_that_says_latin1_is_read_as_windows_1252(tmp_path):
    """As browsers do: "L’eau" written with cp1252's curly apostrophe (0x92) in a page that declares ISO-8859-1."""
    page = (FORMATS / "article.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="iso-8859-1"')
    (tmp_path / "a.html").write_bytes(page.encode("cp1252"))
    assert "« L’eau est montée" in read_article(tmp_path / "a.html").text


@pytest.mark.parametrize("text, iso", [
    ("La mobilisation dépasse celle du 5 décembre 2019, selon la CGT.", None),
    ("Les chiffres sont supérieurs à ceux de 5 décembre 2019 mais ce mardi 31 janvier 2023 reste en deçà.", "2023-01-31"),
    ("Prices have risen since March 3, 2022, the minister said.", None),
    ("Le séisme s'est produit le 6 février 2023, depuis le 1er janvier 2023 la région était en alerte.", "2023-02-06"),
])
def test_dates_the_text_refers_to_are_not_its_date(text, iso):
    assert published_in_text(text) == iso
