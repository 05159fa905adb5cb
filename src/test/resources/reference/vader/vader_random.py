"""Makes vader_random.csv for EnglishSentimentAgreementTest: 5,000 random word sequences (seed 16) drawn from VADER's
trigger words - boosters and dampeners, negations, "no", "least", "kind of", "but", the phrases it scores whole,
emoticons, emoji, capitals, punctuation stuck to words - scored by the reference vaderSentiment (Python, commit
44fc044). They hit the rules' interactions far more often than real text does.

Put vaderSentiment.py with vader_lexicon.txt and emoji_utf8_lexicon.txt in a directory and run, from the project
directory:  python3 src/test/resources/reference/vader/vader_random.py DIR
"""
import csv
import random
import sys

sys.path.insert(0, sys.argv[1])
from vaderSentiment import SentimentIntensityAnalyzer  # noqa: E402

WORDS = ("good bad great awful love hate happy sad doubt kind no not never without nor or least at very so this "
         "kind of sort of kinda just enough barely extremely really fucking uber hardly isn't don't cant nothing "
         "but but the shit bomb bad ass badass bus stop yeah right to die for kiss death beating broken heart "
         "it was product delivery staff price lol sux ok fine despite rarely seldom one of most more less "
         ":) :( :D <3 :-/ 😀 😡 💔 🔛 👍").split()
PUNCT = ["", "", "", "", "!", "!!", "?", "??", "...", ",", "."]
rng = random.Random(16)
analyzer = SentimentIntensityAnalyzer()
with open("src/test/resources/reference/vader/vader_random.csv", "w", encoding="utf-8", newline="") as out:
    w = csv.writer(out, lineterminator="\n")
    w.writerow(["text", "neg", "neu", "pos", "compound"])
    for _ in range(5000):
        words = []
        for _ in range(rng.randint(1, 14)):
            word = rng.choice(WORDS)
            r = rng.random()
            if r < 0.15:
                word = word.upper()
            elif r < 0.2:
                word = word.capitalize()
            words.append(word + rng.choice(PUNCT))
        text = (" " if rng.random() < 0.9 else "").join(words)
        s = analyzer.polarity_scores(text)
        w.writerow([text, s["neg"], s["neu"], s["pos"], s["compound"]])
