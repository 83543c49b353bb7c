"""The blocks of an interview (questions and answers) and of a practical tip (its steps)."""

from wagtail import blocks

from knowledge.blocks import HeadingBlock, ParagraphBlock, QuoteBlock


class QuestionBlock(blocks.StructBlock):
    """The interviewer's question."""

    question = blocks.TextBlock(label="Vraag")

    class Meta:
        icon = "help"
        template = "blocks/question_block.html"
        label = "Vraag"
        description = "Een vraag van de interviewer."
        preview_value = {"question": "Wat hebben jullie tot nu toe geleerd?"}


class AnswerBlock(blocks.StructBlock):
    """An interviewee's answer, with who gave it."""

    speaker = blocks.CharBlock(label="Wie antwoordt", max_length=120)
    answer = ParagraphBlock(label="Antwoord")

    class Meta:
        icon = "user"
        template = "blocks/answer_block.html"
        label = "Antwoord"
        description = "Het antwoord van een geïnterviewde, met naam."
        preview_value = {
            "speaker": "Een projectleider",
            "answer": "<p>Dat een netwerk opbouwen meer tijd kost dan je denkt.</p>",
        }


class InterviewStreamBlock(blocks.StreamBlock):
    """An interview's body: questions and answers, with optional context paragraphs."""

    # Section headings of a long interview, as in an article.
    heading = HeadingBlock()
    question = QuestionBlock()
    answer = AnswerBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()


class TipStepBlock(blocks.StreamBlock):
    step = blocks.CharBlock(
        label="Stap",
        max_length=300,
        icon="list-ol",
    )
