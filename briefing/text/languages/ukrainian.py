"""Ukrainian: one record of what briefing needs to brief in it (record.py says what each part is)."""

from __future__ import annotations

from briefing.text.languages.record import Conventions, Language, SumyStems, SumyStopWords, words

UKRAINIAN = Language(
    name="ukrainian",
    code="uk",
    stems=SumyStems("ukrainian"),
    stop_words=SumyStopWords("ukrainian"),
    splitting=Conventions(
        titles=words("д-р Д-р проф акад доц вул буд м с п ім"),
        abbreviations=words("т.зв т.д т.ін ст р рр тис млн млрд грн див напр пор обл р-н кв"),
        months=words("січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня"),
    ),
    scale_words=("мільйонів", "мільйони", "мільйон", "мільярдів", "мільярди", "мільярд", "млн", "млрд", "відсотків",
                 "грн"),
    labels={
        "note": "Інформаційна довідка", "bottom_line": "Головне", "summary": "Стислий виклад",
        "key_facts": "Ключові факти", "source": "Джерело", "publication": "Видання", "headline": "Заголовок",
        "link": "Посилання", "file": "Файл", "author": "Автор", "published": "Опубліковано",
        "prepared": "Підготовлено", "prepared_by": "Укладач", "marking": "Гриф", "page": "Сторінка",
        "of": "з", "extractive": "Екстрактивний виклад: кожне речення дослівно процитовано з джерела.",
        "method": "Метод", "words": "Слова", "article": "стаття", "this_note": "довідка",
        "sentence_of_source": "речення {n} джерела", "back_to_note": "назад до довідки",
        "source_article": "Вихідна стаття", "summary_letter": "В", "fact_letter": "Ф",
        "legend_summary": "процитовано у викладі", "legend_fact": "ключовий факт",
        "legend": "Кожне цитоване речення має свій номер у довідці.",
        "legend_links": "Кожен номер веде назад до довідки.",
        "shortened_sentence": "Речення {n} джерела скорочено: {shown} з {total} символів.",
        "shortened_field": "{field}: скорочено, {shown} з {total} символів.",
        "title": "Назва",
        "shortened_appendix": "Вихідну статтю наведено до символу {shown} з {total}.",
        "shortened_in_appendix": "Речень джерела, скорочених у додатку до {shown} символів: {n}.",
        "brief_all": 'Резюме містить усі речення статті: {n}.',
        "too_short": "Текст занадто короткий для резюме (кількість слів: {n}): нотатка наводить його повністю.",
        "brief_short": 'Резюме містить {shown} з {asked} замовлених речень: решта речень статті — підписи, кредити, позначки місця або шаблонний текст, або речення, незрозумілі без контексту.',
        "facts_short": 'Ключові факти: {shown} з {asked} замовлених. Жодне інше речення поза резюме не містить числа, дати, суми чи імені, не є зрозумілим саме по собі й нічого не додає до резюме.',
        "digest": "Огляд новин", "contents": "Зміст", "sources": "Джерела", "more_stories": "Інші новини", "coverage": "Статті", "one_article": "1 стаття", "n_articles": "статті: {n}", "from_one_source": "з 1 видання", "from_n_sources": "з видань: {n}", "source_number": "джерело {n}",
        "whats_next": "Що далі", "date_not_given": "дата не вказана", "min_read": "{n} хв читання",
        "top_lines": "Головне",
    },
)
