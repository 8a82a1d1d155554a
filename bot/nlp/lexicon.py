"""The clinical lexicon: everyday, clinical and misspelled ways of saying things.

Each entry maps phrases to a canonical value under a label:

- ``BODY_PART``: where it twitches (values are the spec's body parts);
- ``FINDING``: a finding of the assessment (weakness, atrophy, ...);
- ``NORMAL``: a statement that a finding is absent ("my strength is fine");
- ``FACTOR``: a lifestyle factor of the spec;
- ``EMERGENCY``: a sign that is an emergency on its own (see bot.triage);
- ``ONSET``: how a change came on (sudden / gradual).

Phrases are matched on lower-cased tokens, so "Can't swallow" and
"can't swallow" are the same.  The longest match wins, which is how
"can't swallow" (an emergency) beats "swallow" (a neurological change).
"""

from __future__ import annotations

from typing import Dict, List, Mapping, Tuple

Lexicon = Mapping[str, Mapping[str, Tuple[str, ...]]]

BODY_PARTS: Dict[str, Tuple[str, ...]] = {
    "calf": ("calf", "calves", "calfs", "claf", "caf muscle", "calve", "calv", "calfe", "gastrocnemius", "soleus"),
    "thigh": ("thigh", "thighs", "thy", "thig", "quad", "quads", "quadricep", "quadriceps", "upper leg"),
    "foot": ("foot", "feet", "sole", "soles", "arch of my foot", "heel", "heels", "fot"),
    "toe": ("toe", "toes", "big toe", "little toe", "pinky toe"),
    "shin": ("shin", "shins", "front of my leg", "tibialis"),
    "knee": ("knee", "knees", "behind my knee", "back of my knee", "kneecap"),
    "hamstring": ("hamstring", "hamstrings", "hammy", "back of my thigh", "back of the thigh"),
    "ankle": ("ankle", "ankles"),
    "leg": ("leg", "legs", "lower leg", "whole leg", "lef", "lgs", "lower legs"),
    "glute": ("buttock muscle", "glute", "glutes", "butt", "bum", "bum cheek", "butt cheek", "buttock", "buttocks", "backside"),
}

FINDINGS: Dict[str, Tuple[str, ...]] = {
    "weakness": (
        "weak", "weakness", "weaker", "weekness", "weaknes", "feel weak", "feels weak",
        "loss of strength", "lost strength", "losing strength", "less strength",
        "tripping", "trip over", "tripped", "foot drop", "drop foot", "dropping my foot",
        "foot slapping", "trouble climbing stairs", "struggle with stairs",
        "struggling with stairs", "hard to climb stairs", "trouble with stairs",
        "trouble getting up from a chair", "hard to get up from a chair",
        "struggle to get up", "legs give way", "leg gives way", "giving way",
        "gives out", "buckling", "buckles", "can't lift my foot", "can't stand on my toes",
        "can't stand on tiptoe", "floppy",
        "can't lift it properly", "can't lift my foot properly", "foot slaps", "slaps down",
        # A leg that fails, in everyday words.
        "gave out", "giving out", "stopped working", "went dead", "gone dead", "went to jelly", "turned to jelly",
        "like jelly", "can't bear weight", "cannot bear weight", "can't put weight on",
        "can barely stand", "hard to lift my foot", "no strength", "zero strength",
        "foot catches", "foot catching", "foot keeps catching", "catching my foot", "catching my toe",
        "harder to get up", "hard to get up from", "struggle to get up from", "trouble getting up",
        "harder to climb stairs", "grip is weaker", "weaker grip", "losing my grip",
        "struggling with the stairs", "struggle with the stairs", "trouble with the stairs",
        "struggling on the stairs", "toes catch", "toe catches", "catch on the carpet",
        "foot drags", "foot dragging", "dragging my foot", "drag my foot", "leg drags", "dragging my leg",
        "lost any strength", "losing any strength", "gives way", "give way", "gave way",
        "stairs feel harder", "stairs feel a bit harder", "stairs are harder", "stairs are getting harder",
        "stairs feels a bit harder", "stairs feels harder", "struggling to get out of", "struggle to get out of",
        "trouble getting out of", "use the handrail", "need the handrail", "hold the handrail", "holding the handrail",
        "not as strong", "isn't as strong", "less strong", "strength isn't the same", "strength is not the same",
        "strength not the same", "strength isn't what it was", "strength is not what it was",
        # What the legs can no longer do: tiptoes, heels, catching, slapping, tripping.
        "can't really stand on tiptoe", "can't stand on tiptoes", "can't stand on my tiptoes", "can't stand on my tip toes",
        "can't go up on my toes", "can't get up on my toes", "can't walk on my toes", "can't walk on my heels",
        "can't walk on tiptoe", "can't really stand on my toes", "trip more", "tripping more", "trip a bit more",
        "trip a lot", "trip over my own feet", "been slapping", "slaps when i walk", "slapping when i walk",
        "catches on the floor", "catches on the pavement", "catches on the ground", "catches on the carpet",
        "catches on the stairs", "catching on the floor", "catching on the pavement", "catching on the ground",
        "can't run like i used to", "can't walk properly", "harder to get out of",
        # Falls, a drooping foot, a squat that cannot be got up from.
        # Slower, clumsier on the feet ("a bit slower on the hills than I was", "I trip on small things").
        "slower on the hills", "slower on the stairs", "walking has become slower", "walking slower", "walking is slower",
        "walks slower", "trip on small things", "trip on things", "hold the rail", "holding the rail", "need the rail",
        "stairs have felt harder", "stairs have felt a bit harder", "stairs are a bit harder", "drags a little",
        "get tired faster", "gets tired faster", "tire faster", "tires faster",
        "had a few falls", "keep falling", "been falling", "legs just give out", "foot drooping", "foot has been drooping", "foot droops", "can't get up from a squat", "can't get up from squatting",
    ),
    "atrophy": (
        "wasting", "atrophy", "atrophied", "atrophying", "muscle loss", "losing muscle",
        "lost muscle", "looks thinner", "look thinner", "thinner", "looks smaller",
        "look smaller", "smaller than the other", "shrinking", "shrunk", "shrunken",
        "skinnier", "wasted", "dent in the muscle", "hollow", "less muscle",
        "looks a bit smaller", "look a bit smaller", "visibly smaller", "looks a bit thinner", "seems smaller", "seems thinner", "seem smaller", "seem thinner",
        "look a bit thinner", "smaller than the left", "smaller than the right",
        "thinner than the left", "thinner than the right", "thinner than the other",
        "is smaller", "are smaller", "got smaller", "gotten smaller", "getting smaller", "a bit smaller",
        "slightly smaller", "noticeably smaller",
        "tiny bit smaller", "little bit smaller", "dip in the muscle", "dent in my", "look flatter", "looks flatter",
        "sunken",
        "could be smaller", "might be smaller", "may be smaller", "could be a bit smaller", "might be a bit smaller",
        "bit flatter", "thinning", "loss of muscle", "lost muscle mass", "losing muscle mass",
        # Clothes that fit one leg more loosely.
        "jeans feel looser", "trousers feel looser", "jeans are looser", "looser on my",
    ),
    "worsening": (
        "getting worse", "gotten worse", "got worse", "worse and worse", "worsening",
        "more frequent", "more often", "more and more", "getting stronger",
        "increasing", "intensifying", "worse over time", "worse every day",
        "worse each week", "ramping up", "escalating", "getting more intense",
        "more than it used to", "more than before", "way more often", "more frequently",
        "more often than before",
        "any worse", "much worse", "a lot worse", "gettin worse", "worse lately", "worse recently",
        "got much worse", "getting worser", "way worse", "worse than ever", "stronger than at first",
        "stronger than before",
        "getting a bit worse", "getting a little worse", "getting slightly worse", "got a bit worse",
        "gotten a bit worse", "got a little worse", "gotten a little worse", "worse than last week",
        "worse than last month", "worse than before", "worse than it was", "worse than a week ago",
        # With an adverb in between.
        "getting steadily worse", "steadily getting worse", "getting progressively worse",
    ),
    "spreading": (
        "spreading", "spread", "spreads", "spread to", "moving to", "moved to",
        "other places", "all over", "everywhere", "all over my body", "whole body",
        "other leg", "both legs", "in my arms", "arms too", "my arms", "jumping around",
        "several places", "different places", "different spots", "random places",
        "moves around", "my back too", "my face too", "all over the place",
        "popping up in", "showing up in", "other calf", "other thigh", "other foot",
        "both sides", "both of them", "both of em", "now in my", "started in my other",
        "on the other side", "other side as well", "other side too", "also twitching in", "twitching in my arm",
        "moved from", "moves from", "place to place", "spot to spot", "now in both",
        "shoulder too", "shoulders too", "chest too", "stomach too", "back too", "hands too", "belly too",
        "other muscles", "other parts of my body", "other body parts", "everywhere now",
        "moving around", "jumps around", "joined in",
    ),
    "sensory": (
        "pain", "painful", "hurts", "hurt", "ache", "aches", "aching", "achy", "sore",
        "numb", "numbness", "tingling", "tingly", "tingle", "tingles", "pins and needles",
        "burning", "prickling", "prickly", "electric", "buzzing feeling", "cramps", "cramp", "cramping",
        "pins & needles", "pins n needles", "pins and needle", "burn", "burns", "burning sensation",
        "shooting pain", "shooting pains", "stabbing pain", "stabbing pains", "throbbing", "sharp pain", "sharp pains", "numb-ish",
        "buzzing sensation", "creepy crawly", "crawly feeling", "crawling feeling", "crawling sensation", "achey",
        "bugs crawling", "ants crawling", "insects crawling",
    ),
    "daily_impact": (
        "keeps me up", "keeps me awake", "keep me awake", "wakes me up", "woke me up",
        "wakes me", "can't sleep because", "can't get to sleep because",
        "affects my work", "affecting my work", "disrupting", "disrupts",
        "ruining my life", "ruining my sleep", "can't concentrate", "urge to move",
        "urge to move my legs", "restless legs", "have to move my legs",
        "can't keep my legs still", "interferes", "interfering", "stops me sleeping",
        "stopping me from sleeping", "messing with my sleep", "messes with my life",
        "can't focus", "affects my daily life", "affecting my daily life",
        "can't sleep cos of it", "can't sleep because of it", "can't sleep cause of it",
        "stopping me sleeping", "stopping me from dropping off", "stops me dropping off",
        "keeping me up", "keeping me awake", "have to get up and walk", "need to move them",
        "legs feel restless", "restless legs feeling", "woken me up", "wake me up", "waking me up",
        "keeps waking me", "bother my sleep", "keep moving my legs", "have to keep moving",
        "disturbs my sleep", "disturbing my sleep", "disturb sleep", "disturb my sleep", "disturbs sleep",
        "lie awake", "lying awake", "laying awake", "affecting my sleep", "affects my sleep", "affecting my life",
        "can't fall asleep because", "urge to get up", "urge to get up and move", "urge to get up and walk", "impacting my life", "impacts my life", "impacting my sleep", "impacts my sleep",
        "affects my life", "impacting my day", "impacting my daily life",
        "cant fall asleep because", "stretch my legs", "keeps me from sleeping",
        "keep moving them", "moving them to get to sleep", "get up and walk about", "get up and walk around",
        "can't drop off", "wrecked my sleep", "wrecking my sleep", "ruined my sleep",
        # What it stops the person doing.
        "stops me concentrating", "stops me falling asleep", "stops me from falling asleep", "stops me getting to sleep",
    ),
    "medication_change": (
        "new prescription", "started taking", "started on a new",
        "changed the dose", "dose was increased", "dose was changed", "increased my dose",
        "came off my", "stopped taking", "started an antidepressant", "started an inhaler",
        "started a diuretic", "upped my dose", "changed antidepressants", "changed any meds",
        "changed any medication", "changed my tablets", "new tablets", "came off", "weaned off",
        "changed medication", "changed meds", "started a new medication", "started a new medicine",
        "reduced my dose", "lowered my dose", "put me on", "started me on",
        "started on the new", "new blood pressure med", "new blood pressure meds",
        "new blood pressure pills", "new blood pressure pill", "started a water tablet",
        "started a new blood pressure", "new asthma inhaler",
        "dose went up", "dose was upped", "dose got upped", "dose got increased", "dose increased",
        "higher dose", "dose increase",
        "new med", "new meds", "new medication", "new medicine", "new medicines", "new pills", "switched me", "switched to a different",
        "switched antidepressants", "switched meds", "switched medication", "changed my prescription",
        "increased the dose", "upped the dose", "lowered the dose", "doubled my dose", "doubled the dose",
        "finished a course", "course of antibiotics",
        "changed blood pressure tablets", "changed my blood pressure", "changed the brand", "changed brand",
        "new brand", "changed any of my", "inhaler a lot more", "inhaler more", "using my inhaler more",
    ),
    "speech": (
        "speech", "my voice", "voice changed", "words come out", "talking is harder",
        "speaking is harder", "talk differently", "speak differently",
        "mumbling", "hard to talk", "trouble talking", "trouble speaking",
        "speech is different", "pronouncing",
        "problems talking", "problems speaking", "problems with talking", "trouble with speech", "issues talking",
    ),
    "swallowing": (
        "swallowing", "swallow", "swallows", "food gets stuck", "coughing when i eat",
        "coughing when i drink", "trouble swallowing", "difficulty swallowing",
        "hard to swallow", "choke on food", "choke on drinks", "choke on my drinks", "choke on liquids", "down the wrong way", "choking on",
        # Choking or coughing on food and drink, when it is not a sudden inability.
        "choke on water", "choked on food", "get choked", "coughs when he drinks", "coughs whenever he drinks", "cough when i drink",
    ),
    "vision": (
        "vision", "eyesight", "blurry", "blurred vision", "blurry vision", "double vision",
        "seeing double", "my sight", "eyes are blurry",
    ),
    "coordination": (
        "coordination", "co-ordination", "clumsy", "clumsiness", "balance", "unsteady",
        "falls", "falling over", "fell over", "fall over", "dropping things", "stumbling",
        "stumble", "dexterity", "off balance", "wobbly", "clumsier", "keep dropping things", "keep dropping cups",
    ),
    "tongue": ("tongue", "tongue twitching", "twitching tongue", "tounge"),
}

NORMAL_STATEMENTS: Dict[str, Tuple[str, ...]] = {
    "weakness": (
        "strength is fine", "strength is normal", "strength is ok", "strength is okay",
        "strength is good", "strength seems fine", "strength seems normal", "feel strong",
        "feels strong", "strong as ever", "strength is the same", "full strength",
        "strength's fine", "strength is totally fine",
        "strength feels normal", "strength feels fine", "strength is totally normal",
        "strength normal", "strength ok", "strength fine", "strength good",
        "strength seems ok", "can still climb stairs", "climb stairs fine", "walking is fine",
        "can still walk", "walk fine", "strength is still fine",
        "can hop on it", "can still hop", "calf raises fine", "heel raises fine", "can still do calf raises",
        "power 5/5", "5/5 power", "power is normal", "power normal", "power is fine",
        "work normally", "working normally", "legs work fine", "as strong as", "no problems with strength",
        "no problem with strength", "stairs are fine", "stairs is no problem", "stairs are no problem",
        "stairs no problem", "no problem with stairs", "no problems with stairs", "no problem on the stairs",
        "foot doesn't catch", "feet don't catch", "toes don't catch",
        "get up from a chair no problem", "get up from a chair fine", "get up from a chair just fine",
        "can still do everything", "get up off the floor", "walk the hills", "no trouble walking",
        # What the legs can still do.
        "can still stand on my tiptoes", "can still stand on tiptoes", "can still stand on tiptoe",
        "can still stand on my toes", "can stand on my tiptoes", "can stand on tiptoes", "can stand on my toes",
        "can still stand on my tip toes", "can still do stairs", "can do stairs", "can still run up the stairs",
        "stairs two at a time", "can still do squats", "can still squat", "can do squats", "squats fine",
        "can still run", "can run fine", "running fine", "can still jump", "walking normally", "walk normally",
        "legs still strong", "legs are still strong", "leg is strong", "legs are strong", "leg still strong",
        "no difference in strength", "strength 5/5", "5/5 strength", "ok strength wise", "fine strength wise",
        "normal strength wise", "ok strength-wise", "fine strength-wise", "normal strength-wise", "strength-wise normal",
        "strength-wise fine", "strength wise normal", "strength wise fine", "get up from my chair fine",
        # Strength unchanged, in everyday words.
        "good strength", "no change in strength", "nothing wrong with my strength", "nothing wrong w my strength",
        "legs feel strong", "walking's not a problem", "walking is not a problem", "walking isn't a problem",
        "no problem walking", "no problems walking",
        # Strength in more everyday words ("legs otherwise strong", "I can walk well", "fit as a flea").
        "legs are steady", "legs steady", "otherwise strong", "i am strong", "i'm strong", "im strong", "can walk well",
        "walking well", "fit as a flea", "fit as a fiddle", "strong as an ox", "strong as a horse", "strong like before",
        "legs work just fine", "legs work perfectly", "can still chase", "can still clamber", "still dey waka",
    ),
    "atrophy": (
        "looks the same", "look the same", "looks exactly the same", "look exactly the same", "looks normal", "look normal", "same size",
        "looks fine", "look fine", "both look the same", "no difference in size",
        "look the same size", "looks the same size", "don't look any smaller",
        "doesn't look any smaller", "don't look any thinner", "doesn't look any thinner",
        "look any smaller", "look any different", "same size as the other",
        "no change in how it looks", "looks no different", "look no different",
        "look totally normal", "looks totally normal", "look completely normal", "looks completely normal",
        "look perfectly normal", "looks perfectly normal", "lost any muscle", "losing any muscle",
        "any muscle loss",
        "identical", "stayed the same size", "still the same size",
        "haven't changed size", "hasn't changed size", "not changed size", "no change in size", "can't see any wasting",
        "can't see any dent",
        "mirror images", "look like they always do", "looks like it always does", "looks how it always has",
        "look how they always have", "size is the same", "size is definitely the same",
    ),
    "worsening": (
        "same as before", "staying the same", "stayed the same", "about the same",
        "getting better", "improving", "stable", "not changed", "hasn't changed",
        "hasn't really changed", "not really changed", "no real change",
        "easing off", "settling down",
        "not worse", "no worse", "not any worse", "isn't any worse", "better than last week",
        "actually better", "better than before",
        "calming down", "calmed down", "less often", "less frequent", "less frequently", "settled down",
        "eased off", "dying down", "died down", "not as bad", "same as day one", "same as the first day",
        "calmer than", "quieter than",
    ),
    "spreading": (
        "only in my calf", "just one spot", "same spot", "just the one spot", "only the one side", "only one side",
        "just one side", "only the one leg", "just the one leg", "just that one spot",
        "only there", "only that spot", "only in one place", "just in one place",
        "only one leg", "just my calf", "only my calf", "always the same place",
        "stays in the one spot", "stays in one spot", "stays in the same spot", "stays in one place",
        "stays in the same place", "stays put", "in the one spot",
        # No body part inside: the place it twitches is named on its own.
        "stays in the same", "always the same spot", "always the same place",
        "hasn't moved", "hasnt moved", "doesn't move around", "doesnt move around", "not moving around",
        "nowhere else", "hasn't gone anywhere else", "not anywhere else", "only ever in", "stayed put", "staying put", "stayed in the same", "stays where it is",
    ),
    "speech": (
        "speech is fine", "speech is normal", "speech fine", "speech normal", "talking is fine", "talk fine",
        "talking fine", "speak fine", "speaking fine", "talk normally", "speak normally", "talking normally",
        "speaking normally", "talk and swallow normally", "talk and swallow fine",
    ),
    "swallowing": (
        "swallowing is fine", "swallowing fine", "swallowing is normal", "swallowing normal", "eat fine",
        "can swallow", "can still swallow", "swallow normally", "swallow fine", "swallow and talk normally",
        "swallow and talk fine", "swallow and speak normally",
        "eating fine", "eat and drink fine",
    ),
    "vision": ("eyes fine", "eyes are fine", "eyesight is fine", "vision is fine", "vision fine", "vision normal"),
    "coordination": ("balance is fine", "balance fine", "balance is normal", "coordination is fine"),
    "sensory": ("painless", "pain free", "pain-free"),
    "daily_impact": (
        "doesn't bother me", "does not bother me", "not bothering me", "barely notice",
        "just annoying", "doesn't affect", "not stopping me sleeping", "doesn't keep me up", "doesn't wake me",
        "sleep unaffected", "sleep is unaffected", "doesn't stop me doing anything",
        "doesn't stop me from doing anything",
        # Not much bother.
        "doesn't really bother me", "doesn't bother me day to day", "not really bothering me",
    ),
    # Medicines unchanged: no change, whatever the person takes.
    "medication_change": (
        "no changes to my meds", "no change to my meds", "no changes to my medication", "no changes to meds", "no med changes", "no medication changes", "nothing's changed with my meds", "nothing has changed with my meds", "same dose", "same meds", "same medication", "same tablets", "haven't started or stopped", "no dose change", "meds haven't changed", "medication hasn't changed", "no changes with my meds",
    ),
}

FACTORS: Dict[str, Tuple[str, ...]] = {
    "stress": (
        "stress", "stressed", "stressful", "stressy", "stres", "anxiety", "anxious",
        "worried", "worry", "worrying", "panic", "panicking", "nervous", "under pressure",
        "overwhelmed", "tense", "on edge", "health anxiety",
        "freaking out", "stressing", "stressing out", "stressin", "stressed out",
        "a lot of pressure", "lots of pressure", "work's been mental", "work has been mental", "work's been crazy",
        "work has been crazy", "work's been hectic", "work has been hectic", "hectic",

    ),
    "caffeine": (
        "coffee", "coffees", "cofee", "caffeine", "caffiene", "cafeine", "energy drink",
        "energy drinks", "red bull", "monster", "espresso", "espressos", "lattes",
        "latte", "cola", "coke", "coke zero", "pepsi max", "pre workout", "pre-workout", "strong tea", "cups of tea",
        "tea", "cuppa", "cuppas", "brews", "soda", "sodas", "diet coke", "pepsi",
        "preworkout", "preworkouts", "pre workouts", "pre-workouts", "red bulls", "monsters",
        # "drinking a lot" alone is alcohol; with a caffeinated drink it is caffeine.
        "drinking a lot more tea", "drinking a lot more coffee", "drinking a lot of coffee",
        "drinking a lot of tea", "drinking a lot of diet coke", "drinking a lot of coke",
        "drinking a lot of energy drinks", "drinking too much coffee", "drinking too much tea",
        "drinking loads of coffee", "drinking more coffee", "drinking more tea",
    ),
    "fatigue": (
        "tired", "exhausted", "exhaustion", "knackered", "worn out", "fatigue",
        "fatigued", "burnt out", "burned out", "burnout", "burn out", "drained", "shattered",
        "run down", "wiped out", "wrecked", "tiredness", "on my feet all day", "standing all day", "long shifts",
        "12 hour shifts", "12-hour shifts", "10hr shifts", "12hr shifts", "12 hour nights", "on nights",
        "working nights", "work nights",
    ),
    "exercise": (
        "exercise", "exercising", "workout", "workouts", "working out", "gym",
        "running", "run", "ran", "marathon", "training", "leg day", "squats",
        "cycling", "hiking", "football", "soccer", "sport", "sports", "lifting",
        "hitting the gym", "crossfit", "spin class",
        "hike", "long hike", "jogging", "jog", "runs", "weights", "lifting weights", "leg press",
        "training for", "runner", "miles a week", "miles/week", "triathlon", "train for",
        "yoga", "hot yoga", "deadlifts", "deadlift", "bootcamp", "boot camp", "overdone it", "overdid it",
        "pilates", "swimming", "tennis", "netball", "rugby", "basketball", "cardio", "hiit", "dancing",
        # More sport in everyday words.
        "cycle to work", "couch to 5k", "deadlifting",
        # Sports and hard physical days by name ("I still play squash every Saturday", "hard yakka all day").
        "cricket", "squash", "padel", "badminton", "volleyball", "hockey", "rowing", "skiing", "ski de fond",
        "snowboarding", "skating", "karate", "judo", "kickboxing", "martial arts", "jiu jitsu", "bjj",
        "wrestling", "aerobics", "aqua aerobics", "water aerobics", "zumba", "spin classes", "spinning class",
        "rock climbing", "bouldering", "climber", "powerlifting", "bodybuilding", "calisthenics", "sprints",
        "sprinting", "parkrun", "trail running", "surfing", "kayaking", "ballet", "dance classes", "horse riding",
        "ride horses", "mountain biking", "biking", "bike ride", "bike rides", "ride my bike", "ride a bike",
        "riding my bike", "bicycle tour", "hard yakka", "manual labour", "manual labor", "walking all day",
        "walk all day", "walking the wards", "dig all day",
        "digging all day", "throw hay bales", "fitba", "five-a-side", "5-a-side", "gaelic football",
    ),
    "dehydration": (
        # Fluid lost or not taken in.
        "diarrhoea", "diarrhea", "throwing up", "vomiting", "dark pee", "dark urine", "pee is dark",
        "urine is dark", "wee is dark", "heatwave",
        "dehydrated", "dehydration", "not drinking enough", "don't drink enough",
        "don't drink much water", "not enough water", "thirsty", "barely drink water",
        "hardly drink water", "sweating a lot",
        "slacking on water", "sweat loads", "sweat a lot", "sweating loads", "barely drink any water",
        "not drinking enough water", "not drinking nearly enough", "haven't been drinking much water",
        "terrible at drinking water", "bad at drinking water", "rubbish at drinking water", "not hydrating enough",
        "hardly drink anything", "barely drink anything", "not hydrating",
        "not drinking much water", "haven't drunk much water", "barely drinking",
        "haven't been drinking enough", "not been drinking enough", "don't drink enough water",
        "haven't been drinking much", "not been drinking much",
        # Little water in everyday words.
        "don't really drink water", "don't drink water", "forget to drink", "sweating buckets", "glass of water a day",
    ),
    "poor_sleep": (
        "bad sleep", "poor sleep", "not sleeping", "not sleeping well", "can't sleep",
        "insomnia", "little sleep", "sleep badly", "sleeping badly", "barely sleep",
        "sleep deprived", "lack of sleep", "no sleep", "sleep is terrible", "sleep poorly",
        "not enough sleep", "few hours of sleep", "night shifts", "up all night",
        "short on sleep", "sleep is bad", "sleep is awful",
        "sleep's been rubbish", "sleep has been rubbish", "sleep is rubbish", "rubbish sleep",
        "sleep is all over the place", "barely been sleeping", "barely sleeping",
        "hours sleep", "hours of sleep", "not sleeping much", "sleep has been terrible",
        "sleep's been terrible", "sleep has been bad", "sleep's been bad", "sleep is crap",
        "sleeping terribly", "not sleeping great", "not much sleep", "barely slept",
        "sleep is basically non-existent", "sleep is non-existent", "late nights", "bad night's sleep",
        "bad night", "hrs sleep", "hrs of sleep",
        "only sleeping", "all nighters", "all-nighters", "pulling all nighters", "pullin all nighters",
        "barely sleeps", "hardly sleep", "hardly sleeping", "hardly slept", "staying up late", "staying up til",
        "staying up till", "staying up until", "up til 2am", "up till 2am", "up til 3am", "up till 3am", "4am nights",
        "3am nights", "2am nights",
        "sleep has been awful", "sleep's been awful", "sleep has been crap", "sleep's been crap",
        "sleep is shocking", "sleep has been shocking", "sleep has been poor", "sleep's been poor", "sleeping poorly",
        "sleep isn't great", "sleep isn't good", "sleep hasn't been great", "sleep hasn't been good",
        "sleep's not great", "sleep is not great", "sleep not great",
        "haven't slept properly", "haven't slept well", "haven't been sleeping", "haven't been sleeping well",
        "not slept well", "didn't sleep well", "don't sleep much", "don't sleep well", "not getting enough sleep",
        "don't get much sleep", "don't get enough sleep", "haven't had a decent night's sleep",
        "haven't had a good night's sleep", "not had a decent night's sleep", "not had a good night's sleep",
        # Sleep in everyday words.
        "sleeps patchy", "sleep is patchy", "sleep's patchy", "patchy sleep", "sleeping awfully", "sleep awfully",
        "sleep's been rough", "sleep has been rough", "sleep is rough", "sleep deprivation", "sleep is a mess",
        "awake at 2am", "awake at 3am", "awake at 4am", "gaming till", "gaming til", "gaming until", "games till",
        "haven't had a decent night", "haven't had a good night", "last time i had a proper night's sleep",
        "last time i had a good night's sleep", "last time i had a decent night's sleep",
    ),
    "alcohol": (
        "heavy drinker", "big drinker", "alcohol", "beer", "beers", "wine", "booze", "drunk", "hungover", "hangover",
        "drinking a lot", "drinking too much", "drinking heavily", "pints", "vodka",
        "whisky", "whiskey", "spirits", "partying",
        "after drinking", "glass of wine", "bottle of wine", "couple of beers", "drinking most nights",
        "a few drinks", "few drinks", "drinking more than usual", "night out", "out drinking",
        "on the lash", "on the piss", "on a bender", "bender", "benders", "drink a fair bit", "drinking a fair bit", "binge drinking",
        # Drinking, admitted.
        "drinking more than i should",
    ),
    "nutrient_deficiency": (
        "magnesium", "potassium", "calcium", "low magnesium", "low potassium",
        "low calcium", "deficiency", "deficient", "electrolytes", "magnesium deficiency",
        "poor diet", "not eating well", "skipping meals",
        "diet has been rubbish", "diet is rubbish", "diet's been rubbish", "bad diet",
        "rubbish diet", "junk food", "vitamin d", "low vitamin d", "b12", "low b12", "low iron", "low on iron", "low in iron", "low on magnesium", "low in magnesium", "low on potassium", "low on b12", "low in vitamin d",
        # "my iron was low in the summer", "ferritin a bit low".
        "iron was low", "iron is low", "iron's low", "iron was a bit low", "iron is a bit low", "iron levels",
        "iron deficiency", "iron deficient", "ferritin", "low ferritin",
        "diet's been pretty poor", "diet has been poor", "diet's been poor", "diet is poor", "takeaways", "eat junk",
        "skip meals",
        "anaemic", "anemic", "anaemia", "anemia",
        "not eating properly", "not been eating properly", "haven't been eating properly", "barely eat", "barely eats", "barely eating", "hardly eating", "hardly eat",
        "eating very little", "not eating much", "low on something", "vending machine food", "crash diet",
        "fussy eater", "picky eater", "dieting", "calorie deficit", "cutting calories", "calories a day",
        "diet is terrible", "diet has been terrible", "diet's been terrible", "diet is awful", "diet is bad",
        "diet has been bad", "eating badly", "eating junk",
        # Meals skipped or replaced.
        "skipping lunch", "skip lunch", "skipping proper meals", "living on toast", "living on noodles", "instant noodles", "living on protein shakes", "fasting",
    ),
    "medication": (
        "medication", "medications", "medicine", "meds", "pills", "antidepressant",
        "antidepressants", "inhaler", "salbutamol", "diuretic", "diuretics", "ssri",
        "stimulants", "adderall", "steroids", "prednisolone",
        "prednisone", "sertraline", "citalopram", "fluoxetine", "venlafaxine", "amitriptyline",
        "antihistamine", "antihistamines", "cetirizine", "loratadine", "steroid", "albuterol",
        "ventolin", "lithium", "ritalin", "methylphenidate", "blood pressure tablets",
        "statin", "statins", "metformin", "birth control", "birth control pills", "contraceptive pill",
        "beta blocker", "beta blockers", "gabapentin", "pregabalin", "levothyroxine", "vyvanse", "elvanse",
        "blood pressure pill", "blood pressure pills", "blood pressure meds", "blood pressure medication",
        "thyroid tablets", "thyroid medication", "thyroid meds", "lamotrigine", "levetiracetam", "keppra",
        "sumatriptan", "omeprazole", "water pill", "water pills", "water tablet", "water tablets",
        "lexapro", "escitalopram", "paroxetine", "duloxetine", "cymbalta", "bupropion", "wellbutrin", "zoloft",
        "prozac", "effexor", "concerta", "propranolol", "amlodipine", "lisinopril", "ramipril", "furosemide",
        "hydrochlorothiazide", "topiramate", "quetiapine", "mirtazapine", "trazodone", "antibiotics",
        "ciprofloxacin", "cipro", "levofloxacin", "montelukast",
        "ibuprofen", "paracetamol", "acetaminophen", "naproxen", "codeine", "tramadol", "co-codamol", "aspirin",
        "began taking", "begun taking", "been put on",
        # The pill and an everyday inhaler.
        "on the pill", "usual inhaler",
    ),
}

EMERGENCY_SIGNS: Dict[str, Tuple[str, ...]] = {
    "sudden_weakness": (
        "sudden weakness", "suddenly weak", "suddenly can't move", "suddenly cannot move",
        "suddenly went weak", "suddenly gave out", "sudden numbness", "suddenly numb",
        "suddenly went numb", "went dead suddenly", "sudden loss of strength", "just went dead", "went dead and",
        "can't feel or move", "went completely weak", "suddenly can't lift", "went weak all at once",
        "just went weak", "suddenly gone weak", "went weak suddenly",
    ),
    "one_sided_symptoms": (
        "one side of my body", "one side of my face", "whole left side", "whole right side",
        "left side of my body", "right side of my body", "arm and leg on the same side",
        "arm has gone numb", "arm went numb", "arm is numb", "arm has gone weak", "arm went weak",
        "arm and leg feel numb", "arm and leg are numb", "arm and leg went numb", "arm and leg feel weak",
        "side suddenly feels weak", "side feels weak and numb", "right side went weak", "numb on one side", "weak on one side",
        "left side went weak", "on my right side went weak", "on my left side went weak",
        "arm and leg on one side", "leg on one side", "arm and leg on my left", "arm and leg on my right",
        # Someone who thinks they are having a stroke is told to call now.
        "having a stroke", "had a stroke", "is it a stroke", "it's a stroke",
        "arm and leg went", "arm feels numb", "arm feels weak",
        "couldn't feel my left arm", "couldn't feel my right arm", "can't feel my left arm", "can't feel my right arm",
        "arm and leg have been weaker", "arm and leg are weaker", "arm and leg feel weaker", "arm and leg have gone",
        "face feels odd", "face feels funny", "face feels weird", "face feels strange",
    ),
    "paralysis": (
        "paralysed", "paralyzed", "paralysis", "can't move my leg", "cannot move my leg",
        "can't move my arm", "cannot move my arm", "can't move my legs", "can't feel my leg",
        "can't feel my legs",
        "can't lift my leg", "cannot lift my leg", "can't lift it", "can't move it",
        "can't move my foot", "cannot move my foot",
    ),
    "face_drooping": (
        "face drooping", "face is drooping", "face droop", "droopy face", "drooping face",
        "face has dropped", "face dropped", "face is droopy", "mouth drooping",
        "mouth is drooping", "face is sagging", "side of my face dropped",
        "face looks droopy", "face looks a bit droopy", "droopy on one side", "drooping on one side",
        "face is lopsided", "lopsided smile", "face won't move", "half my face",
        "looks lopsided", "face looks lopsided", "droopy", "feels droopy", "face feels droopy", "droopin",
        "smile is crooked", "crooked smile", "face is crooked",
        # The past tense: 'his face suddenly drooped on one side'.
        "drooped", "face drooped", "face has drooped", "face suddenly drooped",
        # The present: 'my face droops on one side'.
        "face droops", "mouth droops", "droops on one side",
    ),
    "slurred_speech": (
        "slurred speech", "slurring", "speech is slurred", "slurring my words",
        "slurred", "garbled speech", "can't speak", "cannot speak", "can't get my words out",
        "speech went slurry", "slurry", "words are all slurred", "words are slurred", "slurring words",
        "words are coming out wrong", "speech suddenly", "words are coming out garbled",
        "words are garbled", "words came out garbled", "garbled", "can't talk right", "can't talk properly",
        "speech went weird", "talking like i'm drunk",
        "couldn't get my words out", "could not get my words out", "couldn't speak", "could not speak",
        "words were coming out all wrong", "words are coming out all wrong", "words coming out wrong",
        "words were coming out wrong", "words came out wrong", "words came out all wrong", "words come out wrong",
    ),
    "breathing_difficulty": (
        "can't breathe", "cannot breathe", "can not breathe", "difficulty breathing",
        "trouble breathing", "hard to breathe", "struggling to breathe", "short of breath",
        "shortness of breath", "can't catch my breath", "breathless", "gasping",
        "not breathing properly", "breathing's getting harder", "breathing is getting harder",
        "harder to breathe", "getting hard to breathe", "struggling for breath", "can't get my breath", "can't breath",
        "lips going blue", "lips are blue",
        # "struggling to get air in, it's like breathing through a straw".
        "struggling to get air", "can't get air in", "breathing through a straw", "gasping for air",
        "can't get a full breath", "can't quite get a full breath", "can't take a deep breath", "can't get enough air",
        "not getting enough air",
    ),
    "cannot_swallow": (
        "can't swallow", "cannot swallow", "can not swallow", "unable to swallow",
        "choking", "choking on everything", "can't even swallow",
        # Saliva or anything at all: nothing goes down.
        "can't get anything down", "choking on my own spit", "choking on my spit", "can't swallow my spit", "can't swallow my own spit",
        "can barely swallow", "can hardly swallow", "barely able to swallow", "couldn't swallow", "could not swallow",
    ),
    "sudden_vision_loss": (
        "lost my vision", "lost my sight", "suddenly blind", "went blind", "can't see",
        "cannot see", "sudden loss of vision", "vision suddenly", "suddenly lost vision",
        "vision went black", "vision went dark", "vision went completely dark", "eye went dark", "eye went completely dark",
        "sudden blindness", "lost the vision", "lost the sight", "lost sight", "just went black",
        "lost the sight in one eye",
        # A curtain over one eye.
        "curtain came down", "curtain coming down", "curtain over my eye", "gone dark in my", "went dark in my",
        "gone dark in one eye", "went dark in one eye", "gone black in my", "went black in my",
    ),
    "sudden_confusion": (
        "suddenly confused", "sudden confusion", "very confused", "don't know where i am",
        "really confused", "doesn't know where he is", "doesn't know where she is",
        "confused all of a sudden", "suddenly so confused", "got so confused", "suddenly got confused",
        "can't think straight", "really disoriented", "disorientated", "not making any sense", "not making sense",
        "isn't making sense", "isn't making any sense",
    ),
    "sudden_balance_loss": (
        "can't stand up", "cannot stand up", "can't keep my balance", "suddenly lost my balance",
        "sudden loss of balance", "keep falling over", "can't walk straight", "can't walk",
        "cannot walk", "can hardly walk", "can barely walk", "can't stand without holding", "fell over out of nowhere",
        "falling to one side", "keep falling to the left", "keep falling to the right", "falling to the side",
    ),
    "rapidly_spreading_weakness": (
        "spreading up my legs", "spreading up my body", "moving up my legs",
        "moving up my body", "creeping up my legs", "climbing up my legs", "creeping up my body",
        "crept up my body", "climbing up my body",
        "getting weaker by the hour", "weaker every hour", "ascending weakness",
        "weakness is spreading", "numbness is spreading", "spreading upwards",
        "going up my legs", "weaker by the day", "into my arms now",
        "crept up to my thighs", "crept up to my hips", "crept up to my waist", "crept up my legs",
        "weakness crept up", "numbness crept up", "creeping up to", "moving up to my", "spreading up", "spread up",
        "arms are going too", "arms are going weak", "weakness is in my arms now",
        "up to my hips", "spread from my legs to my arms", "spread to my arms", "weakness has spread",
        "weakness went from my feet", "weakness has gone from", "from my ankles to my knees",
        "getting weak fast", "getting weaker fast", "getting weak quickly", "getting weaker quickly", "going weak fast",
        "weaker by the minute", "weaker really fast", "weak really fast", "weaker very fast", "weakness is spreading fast",
        "weakness spreading fast", "weakness is getting worse fast", "weakness getting worse fast",
        # Weakness reaching the arms.
        "going into my arms", "into my arms", "weaker and weaker by the hour", "weaker by the hour",
        "creeping up both legs", "spreading up both legs", "moving up both legs", "climbing up both legs",
        "going up both legs",
        # Weakness said to spread fast, in so many words.
        "spreading fast", "spreading really fast", "spreading so fast", "spreading quickly", "spread so fast",
    ),
    "bladder_bowel_loss": (
        "lost control of my bladder", "lost control of my bowels", "can't control my bladder",
        "problems with my bladder", "bladder problems", "bowel problems", "problems with my bowels",
        "can't control my bowels", "wet myself", "peed myself", "soiled myself",
        "incontinence", "incontinent", "can't pee", "cannot pee", "can't urinate",
        "bladder control", "bowel control", "struggling to pee", "trouble peeing",
        "can't empty my bladder", "can't hold my pee", "can't hold my wee", "can't hold my bladder",
        # In the words people use, not the clinic's.
        "pooed myself", "pooped myself", "pood myself", "shat myself", "messed myself", "pissed myself", "wet my pants", "pooed my pants", "pooped my pants",
    ),
    "saddle_numbness": (
        "numb between my legs", "numbness between my legs", "numb around my bum",
        "numb around my buttocks", "numbness around my genitals", "numb genitals",
        "saddle numbness", "numb groin", "numbness in my groin", "numb bottom",
        "can't feel my bum", "numb buttocks", "can't feel anything when I wipe", "saddle area", "can't feel my private area",
        "can't feel my private parts",
        # Inner thighs and 'down there' are the saddle too.
        "insides of my thighs are numb", "inside of my thighs are numb", "inner thighs are numb", "inner thighs numb", "numb inner thighs", "numbness in my inner thighs", "numb down there", "numbness down there", "numb down below", "numbness down below",
    ),
    "chest_pain": (
        "chest pain", "pain in my chest", "chest hurts", "chest is tight", "tight chest",
        "crushing chest", "heart attack", "chest pains",
        "chest is really tight", "chest feels tight", "chest tightness", "tightness in my chest",
        "chest is painful", "chest is really tight and painful", "chest feels really tight", "chest feels so tight",
        "chest is so tight",
        "chest is hurting", "chest is really hurting", "chest really hurts", "chest is killing me", "chest hurting",
        "pain going down my left arm", "going down my left arm",
    ),
    "seizure": ("seizure", "seizures", "fitting", "convulsing", "convulsions", "had a fit", "having a fit", "shaking all over on the floor",
        "eyes rolled back", "eyes have rolled back", "eyes are rolling back", "eyes rolling back", "eyes went back",
        "eyes rolled up", "eyes have rolled up", "eyes rolling up", "foaming at the mouth", "convulsion"),
    "unconscious": (
        "unconscious", "passed out and won't wake", "not breathing", "unresponsive", "collapsed",
        "not responding", "won't wake up", "isn't responding", "not waking up", "isn't waking up", "isn't waking",
        "won't wake",
        "passed out", "fainted", "blacked out", "lost consciousness", "knocked out",
        "fainting",
    ),
    "severe_bleeding": ("bleeding heavily", "won't stop bleeding", "severe bleeding", "blood pouring", "pouring blood",
        "heavy bleeding", "bleeding a lot", "soaked through", "blood everywhere", "blood won't stop",
        "bleeding won't stop", "can't stop the bleeding",
        "bleeding everywhere", "bleeding badly", "bleeding really badly", "bleeding so much", "bleeding loads",
        "bleeding profusely", "so much blood", "lots of blood", "losing a lot of blood", "lost a lot of blood",
        "gushing blood", "blood gushing", "blood is gushing", "spurting blood", "blood spurting", "blood is spurting",
        "blood is pouring"),
    "suicidal": (
        "kill myself", "end my life", "suicidal", "want to die", "don't want to be here",
        "don't want to live", "better off dead", "no reason to live", "end it all", "hurt myself",
        "self harm", "self-harm", "take my own life",
        "killing myself", "don't want to be alive", "dont want to be alive", "thinking about suicide",
        "want to end it", "end my own life", "not worth living",
        "ending it all", "thinking about ending it", "ending my life", "can't go on",
        # "I've been thinking of ending it" (dev19: read as an answer, no sign named).
        "thinking of ending it", "thought of ending it", "thoughts of ending it", "thought about ending it",
        "thoughts about ending it", "think about ending it", "think of ending it", "considering ending it",
        "considered ending it", "thinking of ending my life", "thinking of killing myself",
        "don't want to wake up", "take my life", "killing himself", "killing herself", "kill himself", "kill herself",
        "end his life", "end her life",
        "not wanting to be here", "not wanting to live", "dark thoughts", "wish i was dead", "wish i wasn't alive",
        "wish i wasn't here",
        "better off without me", "take all my pills", "giving my things away", "how to end it",
        "not wake up", "ways to die", "ways to kill myself", "goodbye letters", "letters saying goodbye",
        "letters to my family saying goodbye", "had enough of living", "done with everything",
        "no point going on", "no point in living", "point of living", "if i was gone", "if i were gone",
        "hurting myself", "tired of living", "don't want to go on",
        # An overdose already taken.
        "taken a load of my pills", "taken a load of pills", "took a load of pills", "taken all my pills", "took all my pills", "taken too many pills", "took too many pills", "taken loads of pills", "taken a bunch of pills", "took a bunch of pills", "swallowed all my pills", "swallowed a load of pills", "overdose", "overdosed", "taken an overdose", "took an overdose",
    ),
}

ONSETS: Dict[str, Tuple[str, ...]] = {
    "sudden": (
        "suddenly", "sudden", "all of a sudden", "out of nowhere", "out of the blue",
        "overnight", "within minutes", "in minutes", "within an hour", "in an hour",
        "within hours", "just now", "came on fast", "came on quickly", "in a few hours",
        "abruptly", "instantly", "all at once",
        # A change that came on over hours is sudden (the guide: "within minutes or hours").
        "over the last few hours", "over the past few hours", "over the last couple of hours",
        "over the past couple of hours", "over a few hours", "over a couple of hours", "over hours",
        "in the last few hours", "in the past few hours", "in the last couple of hours", "within a few hours",
        # How fast, in hours or less.
        "within the last hour", "in the last hour", "within the hour", "mid sentence", "mid-sentence", "came on really fast", "came on so fast", "came on very fast",
        "happened fast", "happened really fast", "happened so fast", "happened very fast", "happened quickly",
        "happened really quickly",
    ),
    "gradual": (
        "gradually", "gradual", "slowly", "over weeks", "over months", "over time",
        "bit by bit", "little by little", "creeping", "progressively", "slowly over",
        "crept up", "crept in", "came on slowly", "came on gradually",
        # Days and slowness are gradual, not sudden.
        "over a few days", "came on over", "very slow", "been slow", "over several days", "over a couple of days",
    ),
}

FACTORS["medication"] += (
    "hrt", "hormone replacement", "hormone therapy", "birth control", "contraceptive pill", "the pill",
)

# "started prednisone", "upped my sertraline": a change of a named medicine.
MEDICATION_CHANGE_VERBS = (
    "started", "started taking", "started my", "stopped", "stopped my", "came off", "came off my", "switched",
    "switched my", "switched from", "switched to", "upped my", "started on", "starting", "began", "began taking",
    "going on", "went on", "put on", "started a", "weaned off", "increased my", "reduced my", "lowered my", "changed my", "new",
    "start", "restarted", "started on the",
    # "I only started the statin six weeks ago", "I did stop my blood pressure tablets".
    "started the", "stopped the", "stop my", "stop the", "stop taking", "stopped taking", "quit my", "quit taking",
    "came off the", "upped the", "increased the", "reduced the", "changed the", "higher dose of", "new dose of",
)
FINDINGS["medication_change"] += tuple(
    f"{verb} {medicine}" for verb in MEDICATION_CHANGE_VERBS for medicine in FACTORS["medication"]
)

# "over the last couple of months": a change that took weeks or months came on gradually.
ONSETS["gradual"] += tuple(
    f"over the {period} {amount} {unit}"
    for period in ("last", "past")
    for amount in ("few", "couple of", "couple", "several", "two", "three", "4", "2", "3")
    for unit in ("weeks", "months")
)

# Statements that a lifestyle factor does not apply: "sleeping fine", "I eat well".
NORMAL_FACTORS: Dict[str, Tuple[str, ...]] = {
    "poor_sleep": (
        "sleeping fine", "sleep fine", "sleep ok", "sleeping ok", "sleep okay", "sleep well",
        "sleeping well", "sleep is fine", "sleep is good", "sleep is normal", "sleeping normally", "sleep 8 hours",
        "sleep like a baby", "sleeping like a baby", "slept like a baby", "sleep like a log", "sleeping like a log",
        "sleep has been fine", "sleep's been fine", "sleep has been good", "sleep's been good", "sleep has been great",
        "sleep's been great", "sleep is great", "sleeping great", "sleep great", "sleep is decent",
        # Enough hours.
        "8 hrs sleep", "sleep 7 hours", "sleep 7 hrs", "sleep 8 hrs", "get 8 hours",
        "sleeps ok", "sleeps fine", "sleeps well", "sleep eight hours", "sleeping eight hours", "sleeping 8 hours",
        "sleeping 8 hrs", "sleep 8 hours", "sleeping loads", "sleep loads", "get enough sleep", "get enough hours",
        "sleep is sorted", "not sleeping badly", "not sleeping too badly", "not sleeping that badly",
        "not sleeping too bad", "not sleeping badly at all",
    ),
    "nutrient_deficiency": ("eat well", "eat healthy", "eating well", "good diet", "healthy diet", "eat healthily",
                            "diet is good", "diet is fine", "diet's fine", "diet's good", "balanced diet",
                            "diet is healthy", "diet's healthy", "eat pretty healthy", "eat pretty well",
                            "bloods were normal", "bloods were fine", "bloods came back normal", "bloods came back fine",
                            "blood tests were normal", "blood test was normal", "blood tests came back normal",
                            "blood test came back normal", "blood work was normal", "bloodwork was normal",
                            "levels are normal", "levels were normal", "levels are fine", "levels were fine"),
    "dehydration": ("drink plenty of water", "drink lots of water", "well hydrated", "drink loads of water",
                    "hydration is fine", "hydration is good", "drinking plenty of water", "drinking lots of water",
                    "well-hydrated", "staying hydrated", "stay hydrated", "keep hydrated", "good drinker of water",
                    "drink 2 litres of water", "drink two litres of water", "drink 3 litres of water",
                    # Enough water, in so many words.
                    "water intake is good"),
    "caffeine": (
        "cut out coffee", "cut out caffeine", "cut out tea", "quit coffee", "quit caffeine", "gave up coffee",
        "given up coffee", "stopped drinking coffee", "off caffeine", "off coffee", "no coffee", "no caffeine",
        "don't drink coffee", "don't drink caffeine", "don't have caffeine", "don't have coffee",
    ),
    "fatigue": (
        "energy is fine", "energy is good", "energy levels are fine", "energy levels are good", "energy levels are normal",
        "plenty of energy", "lots of energy", "full of energy",
    ),
    "stress": (
        "stress free", "stress-free", "low stress", "pretty chill", "pretty relaxed", "quite relaxed", "very relaxed",
        "life is relaxed", "life is pretty relaxed", "life is calm", "life is pretty calm",
    ),
    "alcohol": (
        "don't drink", "don't drink much", "dont drink alcohol", "rarely drink", "hardly drink",
        "teetotal", "sober", "don't drink alcohol",
        "quit drinking", "stopped drinking", "gave up drinking", "given up drinking", "gave up the booze",
        "off the booze", "off the drink", "don't drink at all", "don't really drink", "not a drinker",
        "not much of a drinker", "not a big drinker", "never been a drinker", "non drinker", "non-drinker",
        # No drink in years.
        "haven't had a drink in years", "haven't had a drink",
        "doesn't drink", "doesn't drink alcohol", "haven't been drinking", "no drinking",
    ),
}

# "Sleep, not so much", "sleep? terrible", "sleep - fine": sleep named as a topic, then a verdict.
SLEEP_TOPICS = ("sleep", "sleeping", "sleep quality")
TOPIC_MARKS = (",", "?", "-", ":", "—", "...")
POOR_SLEEP_VERDICTS = (
    "not so much", "not much", "terrible", "awful", "bad", "poor", "crap", "rubbish", "shocking", "not great",
    "not good", "not so good", "not so great", "horrible", "a mess", "hardly any", "what sleep", "patchy",
    "dreadful", "broken", "non-existent", "nonexistent", "minimal", "hardly", "barely", "lol what sleep",
)
GOOD_SLEEP_VERDICTS = (
    "fine", "good", "great", "ok", "okay", "normal", "decent", "solid", "no problems", "no issues", "alright",
    "all right", "grand", "not bad", "pretty good",
)
# "sleep's decent", "sleep has been rubbish": a verdict after a verb, not a mark.
SLEEP_VERBS = ("'s", " is", "'s been", " has been", " been")
FACTORS["poor_sleep"] += tuple(
    f"{topic}{mark} {verdict}" for topic in SLEEP_TOPICS for mark in TOPIC_MARKS for verdict in POOR_SLEEP_VERDICTS
)
NORMAL_FACTORS["poor_sleep"] += tuple(
    f"{topic}{mark} {verdict}" for topic in SLEEP_TOPICS for mark in TOPIC_MARKS for verdict in GOOD_SLEEP_VERDICTS
)
FACTORS["poor_sleep"] += tuple(
    f"{topic}{verb} {verdict}" for topic in ("sleep",) for verb in SLEEP_VERBS
    for verdict in POOR_SLEEP_VERDICTS + ("trash", "rubbish", "shocking", "all over the place")
)
NORMAL_FACTORS["poor_sleep"] += tuple(
    f"{topic}{verb} {verdict}" for topic in ("sleep",) for verb in SLEEP_VERBS for verdict in GOOD_SLEEP_VERDICTS
)

# "Sleep is worse since stopping", "sleep is not proper", "Sleeping is less", "sleep fragmented", "sleeping rather
# poorly": a verdict on sleep after "is", "was", "still" or nothing at all.  A good verdict needs the verb: a bare
# "sleep fine" is often half of "I go to sleep fine but wake at 4".
MORE_POOR_SLEEP_VERDICTS = (
    "worse", "not proper", "less", "fragmented", "not the best", "poorly", "still not great", "still bad",
    "still poor", "still rubbish", "still terrible", "still awful", "really bad", "so bad", "very poor", "very bad",
)
BARE_POOR_SLEEP_VERDICTS = ("fragmented", "poor", "terrible", "awful", "broken", "patchy", "minimal", "worse")
SLEEP_STATE_VERBS = (" is", " was", " has been", "'s been", "'s", " is still", " has been still")
FACTORS["poor_sleep"] += tuple(
    f"{topic}{verb} {verdict}" for topic in ("sleep", "sleeping") for verb in SLEEP_STATE_VERBS
    for verdict in MORE_POOR_SLEEP_VERDICTS + POOR_SLEEP_VERDICTS
) + tuple(f"{topic} {verdict}" for topic in ("sleep", "sleeping") for verdict in BARE_POOR_SLEEP_VERDICTS) + tuple(
    f"{sleep} {degree} {manner}" for sleep in ("sleep", "sleeping", "slept")
    for degree in ("rather", "quite", "very", "really", "pretty", "so")
    for manner in ("poorly", "badly", "little", "bad")
) + ("sleep little", "i sleep little", "sleeping little", "don't sleep much", "dont sleep much")
NORMAL_FACTORS["poor_sleep"] += tuple(
    f"{topic}{verb} {verdict}" for topic in ("sleeping",) for verb in SLEEP_STATE_VERBS for verdict in GOOD_SLEEP_VERDICTS
)

# Everyday words a fresh evaluation set (challenge_voices) found missing.
FACTORS["alcohol"] += ("drinkin a lot", "drinkin too much", "drinkin loads", "drinking a lot on weekends")
FACTORS["medication"] += (
    "on any tablets", "on any meds", "on any medication", "on any medicine", "on any pills",
    "on any medications", "on any medicines",
)
# "I'm not on anything" (a bare "on anything" is too common: "can't focus on anything").
NORMAL_FACTORS["medication"] = ("not on anything", "n't on anything", "nt on anything", "not taking anything")
NORMAL_STATEMENTS["medication_change"] += ("not on anything new", "not taking anything new")
NORMAL_FACTORS["caffeine"] += (
    "not drinking coffee", "not drinking tea", "not drinking energy drinks", "not drinking caffeine",
    "not drinking any coffee", "not drinking much coffee",
)
FACTORS["poor_sleep"] += (
    "couldn't sleep", "could not sleep", "couldnt sleep", "sleep is aweful", "sleep is awfull", "sleep's aweful",
    "never enough sleep", "never get enough sleep", "don't sleep much", "dont sleep much",
)
FACTORS["nutrient_deficiency"] += (
    "no breakfast", "skip breakfast", "skipping breakfast", "last time i ate a proper meal",
    "haven't eaten a proper meal", "diet not great", "diet's not great", "diet isn't great", "diet is not great",
    "not eating great", "not eating well", "eating worse", "eating badly", "eating rubbish",
)
FACTORS["dehydration"] += (
    "doubt i drink enough", "don't think i drink enough", "dont think i drink enough", "never drunk enough water",
    "don't think i've ever drunk enough", "don't think i ever drink enough", "dont think ive ever drunk enough", "never drink enough water", "don't drink enough water", "not drinking enough water",
)
FACTORS["exercise"] += ("strenuous",)
# Fasting: no water either.
FACTORS["dehydration"] += ("not drinking during the day", "not drinking in the day", "not drinking all day")
FACTORS["fatigue"] += ("tierd", "tird", "exausted", "exhuasted")
FACTORS["caffeine"] += ("energie drinks", "energie drink", "enegy drinks", "energy drnks")
FINDINGS["atrophy"] += ("lost some size", "lost size", "losing size", "lost some bulk", "lost bulk")
FINDINGS["weakness"] += (
    "walking's a bit harder", "walking is a bit harder", "walking's harder", "walking is harder", "harder to walk",
    "stairs are harder", "stairs feel harder", "stairs are getting harder",
)
NORMAL_FACTORS["nutrient_deficiency"] += (
    "diet fine", "diet ok", "diet okay", "diet good", "diet is ok", "diet is okay", "diet's ok", "eating great",
    "levels tested normal", "levels tested fine", "no deficiencies", "no deficiency",
)
NORMAL_FACTORS["alcohol"] += ("not drinking", "not drinking though", "no booze", "not a drop")
NORMAL_STATEMENTS["daily_impact"] += ("daily life is fine", "day to day is fine", "life is normal")
NORMAL_STATEMENTS["medication_change"] += (
    "meds same as always", "meds are the same", "meds the same", "meds unchanged", "nothing new with my meds",
    "same pills",
)
NORMAL_STATEMENTS["spreading"] += (
    "stays in the calf", "stays in my calf", "stays in the thigh", "stays in my thigh",
    "stays in the one calf", "stays in one calf", "stays in the one thigh", "stays in the one leg", "stays in one leg",
)
# "muscle size same both sides": the size compared, not twitching on both sides.
NORMAL_STATEMENTS["atrophy"] += (
    "size same both sides", "same both sides", "same on both sides", "same size both sides", "same size on both sides",
    "equal both sides", "equal on both sides", "symmetrical both sides",
)
NORMAL_STATEMENTS["vision"] += ("vision crystal clear", "vision is crystal clear", "eyesight crystal clear", "eyes crystal clear")
NORMAL_STATEMENTS["tongue"] = NORMAL_STATEMENTS.get("tongue", ()) + (
    "tongue looks calm", "tongue looks normal", "tongue looks fine", "tongue is still", "tongue sits still",
    "tongue stays still", "tongue looks still",
)

# Everyday words a fresh evaluation set (dev15) found missing.
FINDINGS["weakness"] += (
    "collapsed under me", "gave way under me", "getting up from the sofa is harder", "getting up from a chair is harder",
    "getting up from the chair is harder", "harder to get up", "getting up is harder",
)
FACTORS["poor_sleep"] += ("hardly any sleep", "barely any sleep", "hardly slept at all")
FINDINGS["sensory"] += ("sensory stuff", "sensory symptoms", "sensory issues", "sensory changes", "sensory problems")
EMERGENCY_SIGNS["chest_pain"] += ("chest tight", "chest is tight", "tight chest", "chest tightness")
EMERGENCY_SIGNS["cannot_swallow"] += (
    "can't talk or swallow", "can't speak or swallow", "can't get my words out or swallow", "cannot speak or swallow",
)
FACTORS["dehydration"] += (
    "drank nothing", "drank basically nothing", "drink not much water", "barely drink water", "hardly drink water",
    "hardly any water", "not much water",
)
NORMAL_STATEMENTS["daily_impact"] += ("forget about it", "mostly forget about it", "forget it's there")
NORMAL_STATEMENTS["medication_change"] += (
    "haven't touched my meds", "not touched my meds", "haven't changed my meds", "haven't changed any meds",
)

# Weakness in everyday words: a leg that will not hold, has no power or flops (probed for
# sudden weakness, where a missed word costs the emergency).
FINDINGS["weakness"] += (
    "won't hold me up", "wont hold me up", "won't hold me", "wont hold me", "won't hold my weight",
    "feels like lead", "feel like lead", "feels like a lead weight", "lost all strength", "lost all my strength",
    "no strength in", "no power in", "lost power", "loss of power", "lost all power", "flopping",
    "gave up on me", "can't grip", "cant grip", "can't stand on", "cant stand on", "foot won't move",
    "foot wont move", "leg won't move", "leg wont move", "legs won't move", "legs wont move",
    "went limp", "gone limp", "leg is useless", "legs are useless", "leg feels useless",
    "won't work", "wont work", "went heavy", "gone heavy", "foot is dragging", "foot dragging", "leg is dragging",
    "dragging my leg", "dragging my foot",
    # "my strength is gone in my leg": the strength lost, not a symptom over.
    "strength is gone", "strength has gone", "strength's gone", "strength gone", "strength is going",
    "strength has gone out", "strength went",
    # An arm or a hand that will not work (sudden, it is the stroke sign).
    "can't lift my arm", "cant lift my arm", "can't raise my arm", "cant raise my arm", "can't use my hand",
    "cant use my hand", "can't use his hand", "can't use her hand", "can't use his right hand", "can't use her right hand",
    "can't use his left hand", "can't use her left hand", "can't hold my", "cant hold my", "can't hold onto",
    "couldn't hold my", "grip's gone", "grip is gone", "lost my grip", "no grip", "can't get up off", "couldn't get up off",
    "won't do what i tell it", "wont do what i tell it", "arm won't move", "arm wont move", "hand won't move",
    "hand wont move", "can barely move my", "can hardly move my", "couldn't move", "could not move",
)
EMERGENCY_SIGNS["one_sided_symptoms"] += (
    "can't feel my left side", "can't feel my right side", "cant feel my left side", "cant feel my right side",
    "half my body", "half of my body", "my left side feels", "my right side feels", "my left side is numb",
    "my right side is numb",
)

# Emergencies in the words of a fresh safety set (challenge_safety): frightened people rarely
# use the clinic's words.  Each family is written out beyond the phrase that was missed.
EMERGENCY_SIGNS["sudden_weakness"] += (
    "stopped listening to me", "stopped listening", "won't listen to me", "wont listen to me",
    "like the power switched off", "power switched off", "power just went", "the power went",
    "could walk this morning", "could walk fine this morning", "could walk yesterday", "could walk fine yesterday",
    "could walk an hour ago",
)
EMERGENCY_SIGNS["face_drooping"] += (
    "face feels like it slid", "face slid", "face has slid", "face slipped", "face has slipped", "face feels like it's slipped",
    "face feels like it's sliding", "face is sliding", "face went slack", "face has gone slack", "face is slack",
    "mouth won't go up", "mouth wont go up", "corner of my mouth won't", "corner of my mouth wont",
    "corner of his mouth", "corner of her mouth", "mouth is crooked", "mouth went crooked", "mouth has gone crooked",
    "mouth is lopsided", "smile is wonky", "wonky smile", "smile is lopsided", "can't smile properly",
    "one side won't smile", "one side of my mouth", "one side of his mouth", "one side of her mouth",
    "side of my mouth won't", "side of my mouth wont", "side of his mouth won't", "side of her mouth won't",
    "mouth won't move", "mouth wont move",
    "mouth droops", "mouth is droopy", "mouth drooped", "face went numb and droopy",
    # "my daughter said my mouth looks crooked on one side".
    *(f"{part} {verb} {state}" for part in ("mouth", "face", "smile") for verb in ("looks", "look", "looking")
      for state in ("crooked", "lopsided", "wonky", "droopy", "uneven", "twisted")),
)
EMERGENCY_SIGNS["cannot_swallow"] += (
    "can't get my spit down", "can't get my saliva down", "cant get my spit down", "spit won't go down",
    "saliva won't go down", "won't do the swallow", "wont do the swallow", "food just sits there",
    "food just sits in my throat", "food won't go down", "nothing will go down", "nothing goes down",
    "keep drooling", "keeps drooling", "can't stop drooling", "drooling everywhere",
)
EMERGENCY_SIGNS["sudden_balance_loss"] += (
    "can't stay upright", "cant stay upright", "can't stay standing", "keep toppling", "keeps toppling",
    "toppling over", "balance just went", "balance has gone", "balance is gone", "balance went",
    "had to crawl", "have to crawl", "crawling to the", "can't stand without falling", "keep falling down",
)
EMERGENCY_SIGNS["sudden_confusion"] += (
    "same question over and over", "asked me the same question", "keeps asking the same question",
    "asking the same thing over and over", "doesn't remember driving", "doesnt remember driving",
    "can't remember how i got here", "doesn't know what day it is", "doesnt know what day it is",
    "doesn't recognise me", "doesn't recognize me", "didn't recognise me", "didn't recognize me",
    "doesn't know who i am", "talking nonsense", "talking gibberish", "making no sense",
)
EMERGENCY_SIGNS["bladder_bowel_loss"] += (
    "can't control when i pee", "cant control when i pee", "can't control my pee", "can't control my wee",
    "no control over my bladder", "no control over my bowels", "no control of my bladder", "peeing myself",
    "wetting myself", "leaking pee", "leaking urine", "can't stop peeing", "can't hold it in",
)
EMERGENCY_SIGNS["chest_pain"] += (
    "elephant sitting on my chest", "elephant on my chest", "elephant is sitting on it", "elephant sitting on it",
    "crushing feeling in my chest", "crushing pain", "pressure in my chest", "chest pressure", "squeezing in my chest",
    "chest is squeezing", "chest feels crushed", "chest feels heavy and", "band around my chest",
)
EMERGENCY_SIGNS["severe_bleeding"] += (
    "gushing", "loads of blood", "tons of blood", "blood all over", "pool of blood",
    "can't stop the blood", "cant stop the blood", "bleeding and it won't stop",
    "blood and it won't stop", "blood from my leg, can't stop it", "blood, can't stop it", "blood, cant stop it",
)
EMERGENCY_SIGNS["suicidal"] += (
    "wants to die", "wanted to die", "wanna die", "want to be dead", "wants to be dead",
    "got the pills ready", "pills ready", "saving up my pills", "saved up my pills", "stockpiling pills",
    "stockpiling my pills", "wants to kill himself", "wants to kill herself",
)
EMERGENCY_SIGNS["rapidly_spreading_weakness"] += (
    "moved up to my", "moved up my", "moved into my arms", "arms are starting",
    "hands are going weak", "hands feel weak too", "arms feel weak too", "hands are weak now", "arms are weak now",
    "it's climbing", "its climbing", "it is climbing", "keeps climbing", "every few hours i can do less",
)
FACTORS["medication"] += ("blood thinners", "blood thinner", "on thinners")
FINDINGS["weakness"] += (
    "needed a stick", "need a stick", "needing a stick", "need a cane", "needed a cane", "need a walker",
    "can barely get to", "can hardly get to", "can do less", "can't get up the stairs", "can't climb the stairs",
)

# Clinicians' shorthand and other voices of a fresh development set (dev16: dictation,
# forum posts, nurses and physiotherapists, older and younger writers).
FINDINGS["swallowing"] += ("dysphagia", "swallowing difficulty", "swallowing difficulties")
FINDINGS["speech"] += ("dysarthria", "speech difficulty", "speech difficulties")
FINDINGS["vision"] += ("diplopia", "visual sx", "visual symptoms", "visual disturbance", "visual disturbances", "vision sx")
FINDINGS["sensory"] += (
    "paresthesia", "paraesthesia", "paresthesias", "paraesthesias", "sensory deficit", "sensory change",
    "sensory loss", "sensory sx",
)
FINDINGS["coordination"] += ("handwriting", "my writing has got shaky", "writing is shaky")
NORMAL_STATEMENTS["coordination"] += ("handwriting is fine", "handwriting is normal", "handwriting's fine")
FINDINGS["weakness"] += (
    "difficulty with stairs", "difficulty on the stairs", "get up from a low chair", "getting up from a low chair",
    "get up from a chair", "loss of power", "focal weakness", "distal weakness", "proximal weakness",
)
FINDINGS["spreading"] += ("bilateral", "bilaterally", "now also in my", "now also in both")
FINDINGS["worsening"] += (
    "milder at first", "much milder at first", "was mild at first", "stronger than it was", "more intense than it was",
)
FINDINGS["daily_impact"] += (
    "can't sleep because of it", "cant sleep because of it", "can't sleep cuz of it", "cant sleep cuz of it",
    "can't sleep cause of it", "sleep is poor because of it", "keeps me from sleeping", "disturbs me at night",
    "it disturbs me", "can't fall asleep because of it",
)
FINDINGS["medication_change"] += (
    "altered any of my medications", "altered my medication", "altered my medications", "altered any of my meds",
    "doubled my statin", "been prescribed", "got prescribed",
)
NORMAL_STATEMENTS["sensory"] += (
    "sensation intact", "sensation is intact", "sensation normal", "sensation is normal", "sensation fine",
)
NORMAL_STATEMENTS["coordination"] += ("coordination intact", "coordination is intact", "coordination normal")
NORMAL_STATEMENTS["worsening"] += ("non-progressive", "non progressive", "not progressive", "nonprogressive")
NORMAL_STATEMENTS["daily_impact"] += ("sleep right through it", "sleep through it", "sleeps through it")
NORMAL_STATEMENTS["medication_change"] += ("same blood pressure tablets",)
NORMAL_FACTORS["poor_sleep"] += ("sleep soundly", "i sleep soundly", "sleeping soundly", "sleep like a log")
FACTORS["alcohol"] += (
    "etoh", "stag do", "hen do", "drank a ton", "smoke or drink", "drink a lot but", "drink a lot too", "drank a lot but",
)
FACTORS["caffeine"] += ("lots of energy drinks", "loads of energy drinks", "lot of energy drinks")
FACTORS["nutrient_deficiency"] += ("keto diet", "on keto", "low carb diet", "low-carb diet", "low carb", "low-carb")
FACTORS["dehydration"] += (
    "poor hydration", "hydration is poor", "hydration poor", "hydration probably poor", "hydration's poor",
    "no water ever", "drink like no water", "drink no water", "barely any water",
)
FACTORS["poor_sleep"] += ("stay up till", "staying up till", "stay up until", "up till 3", "up till 4", "up until 3")
FACTORS["exercise"] += ("squat sessions", "squat session", "heavy squats", "lifting heavy", "deadlifts")
EMERGENCY_SIGNS["unconscious"] += (
    "slumped in his chair", "slumped in her chair", "slumped over", "not answering me", "isn't answering me",
    "won't answer me", "not answering", "not responding to me",
)
EMERGENCY_SIGNS["slurred_speech"] += (
    "talking funny", "talking weird", "talking strangely", "talking oddly", "speaking funny", "words are jumbled",
    "jumbled words", "words jumbled", "words are muddled", "muddled words", "words came out jumbled",
)
EMERGENCY_SIGNS["face_drooping"] += ("facial droop", "facial drooping", "facial weakness", "face droopy on one side")
EMERGENCY_SIGNS["one_sided_symptoms"] += (
    "r-sided weakness", "l-sided weakness", "right-sided weakness", "left-sided weakness", "right sided weakness",
    "left sided weakness", "one-sided weakness", "one sided weakness", "right side of my face went numb",
    "left side of my face went numb", "side of my face went numb", "side of my face is numb",
)
EMERGENCY_SIGNS["severe_bleeding"] += ("pumping blood", "blood pumping", "won't stop pumping")
EMERGENCY_SIGNS["suicidal"] += ("took a load of my pills", "pills on purpose", "overdose on purpose")
EMERGENCY_SIGNS["chest_pain"] += ("elephant is sitting on my chest",)
# The twenty-first round's fresh sets (dev24, dev25), in the words their writers used.
# Emergencies: a chest "paining" (Nigerian and Indian English), a mouth "going down" or a face "falling" on one
# side, words "all" jumbled, one eye gone black, Scots "gone all confused", an arm that "won't lift".
EMERGENCY_SIGNS["chest_pain"] += ("chest is paining", "chest paining", "chest dey pain", "chest is paining me")
EMERGENCY_SIGNS["face_drooping"] += (
    "mouth is going down", "mouth going down", "mouth went down", "mouth has gone down", "face is going down",
    "mouth is dropping", "mouth dropping", "side of his face is falling", "side of her face is falling",
    "side of my face is falling", "face is falling",
)
EMERGENCY_SIGNS["slurred_speech"] += (
    "came out all jumbled", "coming out all jumbled", "words all jumbled", "words are all jumbled", "came out all wrong",
    "coming out all wrong",
)
EMERGENCY_SIGNS["sudden_vision_loss"] += ("eye went black", "eye has gone black", "eye just went black")
EMERGENCY_SIGNS["sudden_confusion"] += (
    "gone all confused", "went all confused", "doesnae ken where she is", "doesnae ken where he is",
    "disnae ken where she is", "disnae ken where he is", "doesn't know where she is now",
)
EMERGENCY_SIGNS["paralysis"] += ("arm won't lift", "leg won't lift", "arm wont lift", "leg wont lift")
# Findings and their normal states.
NORMAL_STATEMENTS["weakness"] += (
    "strong as an ox", "strong as a horse", "strong as an horse", "strength full", "zero issues with strength",
    "no issues with strength", "no issues with my strength", "no dramas with strength", "no problems with my strength",
    "i'd know if i was weak", "i would know if i was weak", "id know if i was weak", "i'd know if i were weak",
)
FINDINGS["weakness"] += ("walk funny", "walking funny", "walks funny")
NORMAL_STATEMENTS["worsening"] += (
    "not worsened", "hasn't worsened", "has not worsened", "hasnt worsened", "not gotten any worse", "hasn't gotten worse",
)
FINDINGS["worsening"] += (
    "stronger now than", "stronger than when", "more than ever", "worse every week", "more each week",
    "a bit more each week", "worse this week than", "stronger than last month", "more intense than", "now it's constant",
    "now its constant", "now it's nonstop", "now it's non stop", "lately it's constant", "it's ramped up",
    "its ramped up", "has ramped up", "ramped up loads", "more noticeable now", "worse yes", "worse, yes", "worse? yes",
    "gettin stronger", "definitely stronger", "more twitches than",
)
NORMAL_STATEMENTS["spreading"] += ("no other place", "no other places", "only in the one place")
FINDINGS["speech"] += (
    "speaking is slow", "speaking is a bit slow", "speaking is little bit slow", "speaking is slower", "speech is slow",
    "speech is slower", "talking slower", "speaking slower",
)
NORMAL_STATEMENTS["speech"] += (
    "i talk normally", "talking normal", "speaking normal", "talking is normal", "talking's normal", "talking's grand",
    "talking is grand", "talking's fine", "speak normal", "no problem with speak", "no problem with speaking",
    "no problems with speaking", "no change in how i talk",
)
NORMAL_STATEMENTS["atrophy"] += (
    "size the same", "size is equal", "muscle size same", "normal size", "as big as ever", "if anything bigger",
    "if anything it's bigger", "the twitchy one is bigger", "measured the same", "same to the cm", "thin no",
    "thin? no", "thinner? no", "still looks chunky",
)
NORMAL_STATEMENTS["coordination"] += ("balance has never been better", "balance never been better",
                                      "balance has never been so good")
# What the twitching does to sleep and the day; a "not" before the words denies it ("it's not affecting
# my day", "never kept me awake").
FINDINGS["daily_impact"] += (
    "keep me up", "kept me up", "kept me awake", "wrecking my concentration", "ruining my focus", "up pacing",
    "awake half the night", "can't sit through", "cant sit through", "get up and move my legs", "can't keep still",
    "cant keep still", "can't stop moving my legs", "cant stop moving my legs", "never stop moving my legs",
    "wake me at", "wakes me at", "does wake me", "affecting my day", "affect my day", "affects my day",
    "bothering my sleep", "bother my day", "bothers my day", "stop me doing anything", "stops me doing anything",
    "stopping me doing anything", "stop me doing things", "taken over my life", "ruining everything",
    "drives me up the wall",
)
# Medicines by name and changes to them.
FACTORS["medication"] += (
    "simvastatin", "atorvastatin", "rosuvastatin", "pravastatin", "losartan", "bendroflumethiazide", "bisoprolol",
    "metoprolol", "atenolol", "lansoprazole", "pantoprazole", "zopiclone", "diazepam", "lorazepam", "clonazepam",
    "isotretinoin", "accutane", "valproate", "sodium valproate", "methotrexate", "hydroxychloroquine", "allopurinol",
    "colchicine", "finasteride", "spironolactone", "doxycycline",
)
FINDINGS["medication_change"] += (
    "swapped my inhaler", "switched my inhaler", "changed my inhaler", "swapped my meds", "switched my meds",
    "swapped my medication", "switched my medication", "swapped my pills", "switched my pills", "they upped it",
    "doctor upped it", "they increased it", "they raised the dose",
)
# Factors.  Indian English "tensed" is stressed; tense about the twitching itself is worry, no factor.
FACTORS["stress"] += (
    "tensed because of", "tensed due to", "tensed with work", "tensed at work", "tensed with exams",
    "work has been manic", "work's been manic",
)
FACTORS["poor_sleep"] += ("sleeping bad", "sleep bad", "sleepin bad", "not sleepin gud", "not sleeping gud", "mi nuh sleep")
FACTORS["dehydration"] += (
    "water intake is less", "water intake is low", "low water intake", "drink little water", "drinking little water",
    "water kam", "less water", "don't really drink enough", "dont really drink enough", "not really drinking enough",
)
FACTORS["nutrient_deficiency"] += (
    "eats mostly junk", "eat mostly junk", "eating mostly junk", "eating like a bird", "eat like a bird",
    "living on biscuits", "living on crisps", "living on pies", "living on takeaways",
)
FACTORS["alcohol"] += ("guinness", "soju", "cider", "tequila", "prosecco")
FACTORS["caffeine"] += ("kopi", "cans of v", "cafezinho", "cafezinhos")
# Sport and hard work in the past tense and in everyday words ("I deadlifted 180", "lugging gear all
# day"); a dog walk and the garden stay out.  A single word one letter from an everyday word is only
# written in a phrase ("i'm a dancer", not "dancer": "danger"; "still be hoopin": "hoppin").
FACTORS["exercise"] += (
    "deadlifted", "bench press", "lift heavy", "i lift weights", "lift weights", "powerlifting", "bodybuilding",
    "calisthenics", "hill walking", "hillwalking", "zumba", "i'm a dancer", "im a dancer", "i dance", "bike ride",
    "bike rides", "mountain biking", "i bike", "lugging gear", "lugging stuff", "baling hay", "been baling",
    "labourer", "laborer", "postie", "futebol", "futbol", "still be hoopin", "shooting hoops", "kickboxing",
    "martial arts", "jiu jitsu", "bouldering", "rock climbing", "rowing", "skiing", "badminton", "volleyball",
    "play cricket", "playing cricket", "skipping rope", "jump rope", "plyometrics", "parkrun", "park run",
    "stairmaster", "peloton", "sprint training", "half marathon", "on the tools", "carry heavy boxes",
    "carrying heavy boxes", "play ball", "ballet dancer",
)
EMERGENCY_SIGNS["paralysis"] += (
    "can't lift her arms", "can't lift his arms", "can't lift my arms", "cannot lift her arms", "cannot lift his arms",
    "can't lift her legs", "can't lift his legs", "can't lift my legs",
)
ONSETS["sudden"] += ("acute onset", "sudden onset")

# Emergencies a retrained classifier no longer caught on the safety set (the extractor had
# named no sign): chest pain, a fit and someone who cannot be woken, in plain words.
EMERGENCY_SIGNS["chest_pain"] += (
    "chest is really painful", "chest is so painful", "chest is very painful", "chest really painful",
    "chest is painful and tight", "clutching his chest", "clutching her chest", "clutching my chest",
    "holding his chest", "holding her chest", "goes into my jaw", "going into my jaw", "into my jaw",
)
EMERGENCY_SIGNS["seizure"] += (
    "whole body shaking", "whole body was shaking", "whole body started shaking", "body shaking uncontrollably",
)
EMERGENCY_SIGNS["unconscious"] += (
    "can't wake him", "can't wake her", "can't wake them", "couldn't wake him", "couldn't wake her",
    "wasn't answering", "wasnt answering", "wasn't responding", "wasnt responding",
)

# Emergencies a fresh safety set (safety2) found unnamed, each written out as a family: limbs
# that will not move, fits, not passing water, a chest that feels weighed down, one side of
# the body gone, a foot that suddenly drags.  "my"-phrases also match "his", "her", "the".
EMERGENCY_SIGNS["paralysis"] += (
    "can't move my legs at all", "can't move my leg at all", "legs are dead", "leg is dead", "legs have gone dead",
    "leg has gone dead", "legs won't work", "leg won't work", "legs won't move", "leg won't move", "no movement in",
    "totally no movement", "can't wiggle my toes", "can't move my toes", "can't lift them off the bed",
    "can't lift my legs off the bed", "can't lift my leg off the bed",
)
EMERGENCY_SIGNS["seizure"] += (
    "seizer", "siezure", "siezures", "seisure", "seizing", "was a fit", "had some kind of fit",
    "shook uncontrollably", "shaking uncontrollably", "jerking uncontrollably", "jerked uncontrollably",
    "shaking and jerking", "twitching and jerking all over", "convulsed",
)
EMERGENCY_SIGNS["unconscious"] += (
    "woke up on the floor", "came round on the floor", "came to on the floor", "won't respond", "wont respond",
    "not responding", "didn't respond", "can't rouse", "unrousable",
)
EMERGENCY_SIGNS["cannot_swallow"] += (
    "can't swollow", "cant swollow", "can't swallow my own saliva", "can't swallow my saliva", "can't swallow saliva",
    "can't swallow anything", "can't swallow water", "can't even swallow water",
)
EMERGENCY_SIGNS["suicidal"] += (
    "going to end it", "gonna end it", "end it tonight", "end it all tonight", "can't live like this",
    "can't live like this anymore", "finish my life", "finish myself", "finish myself off", "taking them all",
    "take them all", "stash of pills", "pills saved up", "saving up my pills", "want to end everything",
)
EMERGENCY_SIGNS["breathing_difficulty"] += (
    "can't get my breath", "lips going a bit blue", "lips turning blue", "lips are turning blue", "lips have gone blue",
    "going blue", "turning blue", "not breathing well", "can barely breathe", "can hardly breathe", "fighting for breath",
    "gasping for air", "gasping for breath",
)
EMERGENCY_SIGNS["bladder_bowel_loss"] += (
    "can't wee", "cant wee", "not been able to wee", "haven't been able to wee", "haven't been able to pee",
    "not been able to pee", "unable to pass urine", "can't pass urine", "can't pass water", "haven't peed",
    "haven't passed urine", "accident in his pants", "accident in her pants", "accident in my pants",
    "wet the bed", "wet bed", "wetting himself", "wetting herself", "wetting myself", "soiled himself",
    "soiled herself", "no control of my bladder", "no control of my bowels",
)
EMERGENCY_SIGNS["saddle_numbness"] += (
    "no sensation in my buttocks", "no sensation in my bum", "no sensation in my groin", "no feeling in my groin",
    "no feeling in my bum", "no feeling down there", "no sensation down there", "private area",
    "can't feel the private area", "numb private area",
)
EMERGENCY_SIGNS["sudden_vision_loss"] += (
    "went black in one eye", "gone black in one eye", "went grey in one eye", "gone grey in one eye",
    "black in one eye", "lost the vision in my", "lost all the vision", "lost vision in my", "can't see out of",
    "cant see out of", "blind in one eye",
)
EMERGENCY_SIGNS["sudden_confusion"] += (
    "not recognising us", "not recognizing us", "not recognising me", "not recognizing me", "doesn't recognise",
    "doesn't recognize", "didn't recognise", "didn't recognize", "talking nonsense", "talking gibberish",
    "he's confused", "she's confused", "he is confused", "she is confused", "seems confused", "seems very confused",
    "talking irrelevant", "doesn't know what day it is", "doesn't know who i am",
)
EMERGENCY_SIGNS["one_sided_symptoms"] += (
    "can't feel the left side of my body", "can't feel the right side of my body", "can't feel my left side",
    "can't feel my right side", "half of me is asleep", "half my body", "half of my body",
    "right side's gone", "left side's gone", "right side has gone", "left side has gone", "side's gone numb",
    "side has gone numb", "side went numb", "side is numb", "side's gone all numb", "gone on my left side",
    "gone on my right side", "left side, arm and leg", "right side, arm and leg",
    *(
        f"{side} arm and {side} leg {state}"
        for side in ("left", "right")
        for state in ("gone numb", "went numb", "are numb", "feel numb", "gone weak", "went weak", "are weak",
                      "feel weak", "feel heavy", "gone heavy", "went heavy", "gone dead", "went dead")
    ),
)
EMERGENCY_SIGNS["chest_pain"] += (
    "in my chest right now", "it's in my chest", "weight on my chest", "heavy weight on my chest",
    "weight sitting on my chest", "pressure on my chest", "pressure in my chest", "crushing feeling in my chest",
    "squeezing in my chest", "chest feels heavy", "chest is heavy",
)
EMERGENCY_SIGNS["rapidly_spreading_weakness"] += (
    "up to the hips", "up to the waist", "up to my waist", "creeping up every", "creeping higher", "climbing higher",
    "every few hours i can do less",
)
# Tired legs are no paralysis: "legs are dead tired after training".
FACTORS["fatigue"] += ("dead tired", "legs are dead tired", "legs feel dead tired", "legs dead tired")
# A foot that drags or flops is weakness; with a sudden onset ("came on overnight", "since
# this morning") the sudden weakness of the emergency rules.
FINDINGS["weakness"] += (
    "foot drags", "foot just drags", "foot is dragging", "foot dragging", "foot flops", "foot just flops",
    "can't pull my toes up", "can't lift my toes", "toes won't lift", "foot won't lift", "won't lift at all",
    "just flops", "went week", "gone week", "still week", "feels week", "feel week",
)

# Everyday words a fresh development set (dev17) found missing: sports and work on one's feet,
# tension and nerves, broken nights, a slapping foot, a brand of medicine switched.
FACTORS["exercise"] += (
    "plays hockey", "play hockey", "hockey", "footy", "footy training", "overtraining", "two-a-days", "two a days",
    "leg day", "spin class", "crossfit", "bootcamp", "marathon block", "training block", "work in construction",
    "works in construction", "walk miles a day", "on my feet all day",
)
FACTORS["fatigue"] += ("running on fumes", "running on empty", "wrecked from work", "knackered", "shattered")
FACTORS["stress"] += (
    "a lot going on", "lot going on", "tension is there", "little bit tension", "lot of tension", "so much tension",
    "it's just nerves", "is it just nerves", "just my nerves", "it's nerves", "my nerves", "nerves are shot", "bag of nerves",
    "got a lot on", "a lot on my plate", "lot on my plate", "lot on at work", "lot on at the moment",
)
FACTORS["poor_sleep"] += (
    "up every 2 hours at night", "up every two hours", "up every few hours at night", "up all night with the baby",
    "never sleep enough", "zero sleep", "what's sleep", "doomscrolling til", "doomscrolling until", "sleep 5h",
    "sleep schedule", "no dey sleep well",
)
FACTORS["dehydration"] += (
    "not drink water enough", "not drink enough water", "drinking not so much water", "not so much water",
    "drink not enough water", "hydration's not great", "hydration is not great", "hydration isn't great",
    "hydration's bad", "hydration is poor", "more monster than water", "more coffee than water",
)
FACTORS["alcohol"] += ("drinkin a fair bit", "drinking a fair bit", "a fair bit at the weekends", "on the beers")
FINDINGS["weakness"] += ("foot slaps", "foot does slap", "slap when i walk", "foot slapping", "slaps when i walk")
FINDINGS["atrophy"] += ("shrinkage", "a touch smaller", "a bit smaller", "little smaller")
FINDINGS["sensory"] += ("pins and needly", "pins-and-needly", "back is killing me", "back pain")
FINDINGS["medication_change"] += ("switched brands", "changed brands", "new brand of", "different brand of")
BODY_PARTS["hamstring"] += ("hammies", "hammy")
# A relative's stroke in Southern US English (dev20's one missed emergency): "Mama's havin' a stroke, her
# mouth's all crooked on one side and she can't get her words out".
EMERGENCY_SIGNS["one_sided_symptoms"] += ("havin a stroke", "havin' a stroke", "having a stroke",)
EMERGENCY_SIGNS["face_drooping"] += (
    "mouth's crooked", "mouth's all crooked", "mouth all crooked", "mouth is all crooked", "mouth crooked",
    "face is all crooked", "face all crooked", "face's crooked", "mouth's droopy", "mouth is droopy",
)
EMERGENCY_SIGNS["slurred_speech"] += (
    "can't get her words out", "can't get his words out", "can't get their words out", "can't get the words out",
    "can't get words out", "cannot get her words out", "cannot get his words out", "couldn't get her words out",
    "couldn't get his words out", "could not get her words out", "could not get his words out",
)

# The twentieth development set's words for factors and findings.
FACTORS["poor_sleep"] += ("trouble sleeping", "trouble getting to sleep", "trouble falling asleep", "hard time sleeping",
                          "difficulty sleeping")
FACTORS["nutrient_deficiency"] += (
    "no vegetables", "not much vegetable", "not much vegetables", "not many vegetables", "few vegetables", "no veg",
    "not much veg", "hardly any vegetables", "vending machine food", "vending-machine food", "indomie",
)
FACTORS["caffeine"] += ("chai", "americano", "americanos", "çay", "flat white", "flat whites", "cappuccino", "cappuccinos")
FACTORS["alcohol"] += ("rum", "a few dops", "few dops", "dops", "carib", "caribs")
FACTORS["exercise"] += ("sprints", "did sprints", "squat heavy", "physical work", "walk a lot", "walk very much")
FACTORS["fatigue"] += ("wore out", "plumb wore out", "worn down")
FACTORS["stress"] += ("work pressure", "pressure at work", "pressure of work")
FACTORS["dehydration"] += ("didn't drink water", "did not drink water", "no water all day")
FACTORS["medication"] += ("warfarin", "eliquis", "apixaban", "rivaroxaban", "xarelto")
FINDINGS["atrophy"] += ("slimmer", "looks slimmer", "look slimmer", "more thin", "look more thin")
FINDINGS["weakness"] += ("draggin' that foot", "draggin' my foot", "draggin that foot", "dragging that foot", "catching my left toe", "catching my right toe",
                         "catching my toe on")
FINDINGS["daily_impact"] += ("have to move it", "have to move them")
FACTORS["stress"] += (
    "office tension", "work tension", "tension at work", "tension at home", "family tension",
    # Students: "i got exams rn", "I study for exam".
    "got exams", "have exams", "exams rn", "exam stress", "exam season", "studying for exams", "study for exam",
    "study for exams", "preparing for exams", "revising for exams", "exams coming up", "finals week",
)
# Hinglish: "meri awaaz suddenly slur ho rahi hai" (my voice is suddenly slurring).
EMERGENCY_SIGNS["slurred_speech"] += ("slur ho rahi", "slur ho raha", "awaaz slur")
FACTORS["exercise"] += ("heavy work", "cyclist", "five-a-side", "5-a-side", "route march", "route marches")
FACTORS["alcohol"] += ("on the ale", "on the ales")
FACTORS["poor_sleep"] += ("slept badly", "slept poorly", "slept terribly", "slept awful", "slept like crap")
FACTORS["caffeine"] += ("ca phe", "cà phê", "ca phe sua da")
FACTORS["nutrient_deficiency"] += ("eating very less", "eating less", "eat very less", "eat less")
FINDINGS["sensory"] += ("sensory disturbance", "sensory disturbances", "sensory change", "sensory changes")
NORMAL_STATEMENTS["weakness"] += ("can walk normal", "walk normal", "walking normal", "leg strength fine",
                                  "leg strength is fine", "leg strength normal")
FACTORS["alcohol"] += ("on the bevvy", "on the bevvies", "sangria", "on the sauce", "on the lash")
FACTORS["poor_sleep"] += (
    "sleeping like rubbish", "sleepin like rubbish", "sleeping like crap", "sleepin like crap", "sleeping like shit",
    "not been sleeping right", "aint been sleeping right", "ain't been sleeping right", "aint been sleepin right",
)
FACTORS["medication"] += ("insulin", "contraceptive injection", "the injection", "metformin")
EMERGENCY_SIGNS["bladder_bowel_loss"] += ("can't control my bladder", "can't control my bowels", "can't hold my urine")
FACTORS["dehydration"] += ("never drink water", "rarely drink water", "never drink enough", "drink hardly any water")
FINDINGS["weakness"] += ("foot catch", "foot catched")
NORMAL_STATEMENTS["atrophy"] += ("calves symmetrical", "calves are symmetrical", "calves look symmetrical",
                                 "muscles look symmetrical", "legs look symmetrical", "legs are symmetrical")
NORMAL_STATEMENTS["medication_change"] += ("medication is unchanged", "medication unchanged", "medications unchanged",
                                           "medication has not changed")
NORMAL_FACTORS["nutrient_deficiency"] += ("eats sensibly", "eat sensibly", "eating sensibly", "eats well")
NORMAL_FACTORS["alcohol"] += ("does not drink",)
NORMAL_FACTORS["dehydration"] += ("drinking loads of water", "drinking plenty of water")
NORMAL_FACTORS["poor_sleep"] += ("no sleep problems", "no sleep issues", "no problems sleeping", "no trouble sleeping",
                                 "no sleep trouble", "no issues sleeping")

# Sleep and water in the words of a doubt: "I probably don't sleep enough", "not sure I drink enough water".
FACTORS["poor_sleep"] += ("don't sleep enough", "do not sleep enough", "not sleep enough", "not be sleeping enough",
                          "not be getting enough sleep")
NORMAL_FACTORS["poor_sleep"] += ("sleep enough", "sleeping enough", "getting enough sleep")
FACTORS["dehydration"] += ("not be drinking enough", "do not drink enough", "not drink enough")
FACTORS["exercise"] += ("spin classes", "spinning classes", "spinning class")
FINDINGS["coordination"] += ("balance isn't what it was", "balance is not what it was", "balance isn't what it used to be",
                             "balance is not what it used to be", "balance not what it was")
FINDINGS["weakness"] += ("strength isn't what it was", "strength is not what it was", "strength isn't what it used to be",
                         "strength not what it was")
NORMAL_FACTORS["dehydration"] += ("drink enough water", "drinking enough water", "get enough water",
                                  "getting enough water", "drink enough fluids")

FINDINGS["weakness"] += (
    "slower on the stairs", "slower on stairs", "slower going up stairs", "slower going up the stairs", "limping",
    "a limp", "walking with a limp",
)
NORMAL_STATEMENTS["atrophy"] += ("not smaller", "isn't smaller", "is not smaller", "no smaller", "not any smaller")

# Words of a fresh set (dev23): cafe drinks, a habit left behind, a mouth that hangs.
FACTORS["caffeine"] += ("frappe", "frappes", "frappuccino", "frappuccinos", "iced coffees", "cold brew",
                        "double doubles", "double-doubles", "double double", "timmies")
NORMAL_FACTORS["caffeine"] += ("off the coffee", "off the caffeine", "off the energy drinks")
EMERGENCY_SIGNS["face_drooping"] += ("mouth is hanging", "mouth hanging", "mouth hangs", "mouth is hanging down",
                                     "face is hanging", "face hanging")
FACTORS["exercise"] += ("i cycle", "cycle to work", "cycling to work", "bike messenger", "bike courier", "cycle courier",
                        "tramping", "went tramping", "long rides", "long ride", "hauling stuff", "hauling things",
                        "walking football", "walking netball")
FACTORS["poor_sleep"] += tuple(
    f"{until} {hour}am" for until in ("till", "till like", "until", "til", "up till", "up until") for hour in range(1, 6)
) + ("puyat", "puyat palagi", "lacking sleep")
FACTORS["dehydration"] += ("drink water little", "water little", "no water", "1 glass of water", "one glass of water",
                           "forget to drink water", "forget to drink", "forgetting to drink", "hardly any water")
FACTORS["nutrient_deficiency"] += ("not eating proper", "forget to eat", "forgetting to eat", "forget to eat proper",
                                   "skip lunch", "skipping lunch")
FACTORS["medication"] += ("levothyroxine", "thyroxine", "levo")
FINDINGS["worsening"] += ("def worse", "definitely worse", "deffo worse", "defo worse", "slowly getting more",
                          "more strong now")
FINDINGS["atrophy"] += ("def smaller", "definitely smaller", "deffo smaller", "defo smaller")
NORMAL_STATEMENTS["atrophy"] += ("muscles look equal", "look equal", "look the same size", "legs look equal")
NORMAL_STATEMENTS["weakness"] += ("no difficulty with walking", "no difficulty walking", "stairs are no bother",
                                  "stairs no bother", "no bother on the stairs", "can walk, run", "walk and run fine")
NORMAL_FACTORS["alcohol"] += ("dinnae drink", "don't drink or smoke", "dont drink or smoke", "do not drink or smoke")

# The twenty-second round's sets (dev26, dev27): a habit denied or kept within bounds in everyday words.
WATER_AMOUNTS = ("heaps of", "lots of", "loads of", "plenty of", "a lot of", "tons of", "a ton of", "nuff", "so much")
NORMAL_FACTORS["dehydration"] += tuple(
    f"{verb} {amount} water" for verb in ("drink", "drinking", "drinks", "does drink") for amount in WATER_AMOUNTS
) + ("drink water a lot", "on the water all day", "water bottle everywhere")
NORMAL_FACTORS["caffeine"] += (
    # Not "decaf" alone: "does decaf count?" asks.
    "decaf only", "only decaf", "just decaf", "decaf now", "switched to decaf", "coffee only decaf", "coffee: decaf",
    "coffee: decaffeinated", "tea decaffeinated", "decaf kind", "switched to herbal tea", "caffeine free",
    "caffeine-free",
)
NORMAL_FACTORS["alcohol"] += (
    "haven't touched a drop", "not touched a drop", "never touched a drop", "hasn't touched a drop",
    "haven't had a drink since", "not had a drink since", "been dry since", "dry since", "not been on the ale",
    "not on the ale", "nae bevvy", "no bevvy", "dinnae touch the drink", "don't touch the drink",
)
NORMAL_FACTORS["stress"] += (
    "work's pretty cruisy", "work's cruisy", "work is cruisy", "work's cushy", "work is cushy", "never been more relaxed",
    "least stressed", "chill guy", "life's pretty chill", "life is chill", "life's chill", "not stressful",
)
NORMAL_FACTORS["poor_sleep"] += (
    "sleep's never been better", "sleep has never been better", "never slept better", "sleep like a rock",
    "sleeping like a rock", "slept like a rock", "solid eight hours", "solid 8 hours", "8 hours a night",
    "eight hours a night", "sleep adequate", "sleep is adequate", "sleep soundly",
    *(f"asleep by {hour}" for hour in (9, 10, 11)),
)
NORMAL_FACTORS["nutrient_deficiency"] += (
    "eat clean", "eating clean", "proper diet", "plenty of greens", "lots of veg", "lots of vegetables",
    "plenty of vegetables", "plenty of veg", "eat good food", "eating way better", "home-cooked", "home cooked",
    "blood tests normal", "bloods normal", "b12 normal", "magnesium normal", "vitamin normal", "eat fruit a lot",
)

# Twitching in another place said in answers to the spreading question (dev26, dev27).
FINDINGS["spreading"] += (
    *(f"now {it}the {side}{one} too" for it in ("", "it's ", "its ") for side in ("left", "right") for one in ("", " one")),
    *(f"{verb} between" for verb in ("jumps", "moves", "switches", "alternates", "jumping", "moving", "switching")),
    *(f"both {parts} now" for parts in ("calves", "thighs", "legs", "feet", "shins", "hamstrings")),
    "anywhere else",
)
NORMAL_STATEMENTS["spreading"] += (
    *(f"{only} the one {part}" for only in ("just", "only") for part in ("calf", "thigh", "foot", "shin", "hamstring")),
    "stays right where it started", "stays where it started", "stayed where it started", "stays right where it is",
)

# Strength and speech kept, in the words of dev27's writer.
NORMAL_STATEMENTS["weakness"] += (
    "legs are sound", "strength's bang on", "strength is bang on", "muscle is strong", "muscles are strong",
    "feelin strong", "feeling strong", "stronger than ever", "legs are working", "legs working fine", "5 out of 5",
    "five out of five", "no problem to walk", "no problem to climb", "nae bother walkin", "no bother walking",
    "no bother walkin", "calf raises no problem", "calf raises fine", "calf raises no bother",
)
NORMAL_STATEMENTS["speech"] += tuple(f"{aspect} no problem" for aspect in ("speaking", "speech", "talking"))
NORMAL_STATEMENTS["swallowing"] += tuple(f"{aspect} no problem" for aspect in ("swallowing", "eating"))
NORMAL_STATEMENTS["vision"] += tuple(f"{aspect} no problem" for aspect in ("seeing", "vision", "eyesight"))
NORMAL_STATEMENTS["worsening"] += ("calmer now", "quieter now", "calmer now than", "quieter now than")
# "It is stronger now, before it was small small", "the twitches feel stronger": stronger said of the twitching
# (not "my legs feel stronger now", which is strength).
FINDINGS["worsening"] += tuple(
    f"{subject} {verb}stronger" for subject in ("twitches are", "twitching is", "twitches feel", "twitches have",
                                                "twitching has", "twitching's", "jumps are", "jumping is")
    for verb in ("", "getting ", "gotten ", "got ", "become ")
    if not (subject.endswith(("have", "has")) and verb == "")
) + ("it's stronger now", "it is stronger now", "its stronger now", "it's getting stronger", "it is getting stronger")
# "eish no, same same", "same old, same old", "pretty much the same as when it started".
NORMAL_STATEMENTS["worsening"] += (
    "same same", "same old", "same as when it started", "same as when it began", "same as at the start",
    "same like at the start", "same since the beginning", "same since beginning",
)
# "my left arm and leg feel dead and heavy" (dev27): one side gone, in other words.
EMERGENCY_SIGNS["one_sided_symptoms"] += tuple(
    f"arm and leg {verb} {state}" for verb in ("feel", "feels", "are", "went", "have gone", "gone", "feel all")
    for state in ("dead", "heavy", "dead and heavy", "like lead", "floppy")
)

# Phrases that contain a lexicon word without meaning it: "I bit my tongue"
# (in a seizure) is no tongue twitching, "67 years old" is no duration.
IGNORED: Dict[str, Tuple[str, ...]] = {
    "ignored": (
        "bit my tongue", "bite my tongue", "bitten my tongue", "biting my tongue",
        # One letter away from "statin(s)", "thinning", "flatter", "wasted": real words, not typos.
        "station", "stations", "thinking", "flutter", "flutters", "fluttering", "weight", "wanted",
        # One letter away from "concerta".
        "concert", "concerts",
        # "it's ruining everything" is not running.
        "ruining", "ruined",
        # One letter away from "slimmer".
        "swimmer", "swimmers", "skimmer",
        # One letter away from "sprints".
        "splints", "splint",
        "drink enough", "tongue in cheek", "running on about", "running on only",
        # "running on fumes": getting by, not a run ("running on caffeine": see extract).
        "running on fumes", "running on empty", "running on adrenaline", "running on no sleep", "running on little sleep",
        # "have to run" is leaving, not exercise; "runs in families" is heredity.
        "have to run", "got to run", "gotta run", "need to run", "must run", "run in families", "runs in families",
        "run in the family", "runs in the family",
        # Looking for wasting, not losing sight.
        "can't see any difference", "can't see a difference", "can't see much difference", "can't see any change",
        "can't see it", "can't see anything different",
        # "can't see any problem with swallowing" is no loss of sight.
        "can't see any problem", "can't see any problems", "can't see a problem", "can't see any issue",
        "can't see any issues", "can't see anything wrong",
        # A question about worrying is no worry reported.
        "should i be worried", "should i worry", "should i be concerned", "should i be scared",
        # Everyday words that name no finding: a stressed word, weak wifi, a coffee table.
        # Figures of speech: no red flag.
        "paralysed with fear", "paralyzed with fear", "paralysed by fear",
        "paralyzed by fear", "jaw dropped", "my jaw dropped", "wet myself laughing", "peed myself laughing",
        "nearly wet myself", "almost wet myself", "nearly had a heart attack", "almost had a heart attack",
        "gave me a heart attack", "nearly gave me a heart attack", "near heart attack", "mini heart attack when",
        "stressed the word", "stressed not to", "tired of googling", "tired of reading", "sick and tired of", "weak wifi", "wifi is weak", "wifi is so weak", "wifi's weak", "signal is weak", "signal's weak", "weak signal", "coffee table", "coffee shop", "running late", "vision board",
        # "I cannot stress this enough": emphasis, no stress.
        "stress this enough", "stress that enough", "stress enough how", "stress this strongly",
    ),
}

# "thank you, I feel a lot calmer now": the person, not the twitching.
IGNORED["ignored"] += tuple(f"feel {much}calmer now" for much in ("", "a lot ", "much ", "so much ", "a bit ")) + (
    "feeling calmer now", "feeling a lot calmer now", "feeling much calmer now")

LEXICON: Lexicon = {
    "BODY_PART": BODY_PARTS,
    "FINDING": FINDINGS,
    "NORMAL": NORMAL_STATEMENTS,
    "FACTOR": FACTORS,
    "EMERGENCY": EMERGENCY_SIGNS,
    "ONSET": ONSETS,
    "NORMAL_FACTOR": NORMAL_FACTORS,
    "IGNORED": IGNORED,
}


SIDES = ("left", "right")
SIDED_PARTS = ("leg", "legs", "arm", "arms", "foot", "face", "calf", "thigh", "side")
# "can't move my leg" is said of others too ("he can't move his legs"), and typed without the
# possessive ("cant move leg").
LIMBS = ("leg", "legs", "arm", "arms", "foot", "feet", "face", "side", "balance", "breath", "toes", "hand", "hands")
OTHER_POSSESSIVES = ("his", "her", "their", "the")
# "mi right foot": Jamaican and Nigerian English, and a common slip of the thumb.
MY_SPELLINGS = ("mi",)
# "can't" as people say it of themselves in plain words.
CANNOT_PHRASES = ("unable to", "not able to")


def _said_of_others(words: List[str]) -> List[List[str]]:
    forms = []
    for index in range(len(words) - 1):
        if words[index] == "my" and words[index + 1] in LIMBS:
            forms += [words[:index] + [other] + words[index + 1 :] for other in OTHER_POSSESSIVES + MY_SPELLINGS]
            if index > 0:
                forms.append(words[:index] + words[index + 1 :])
    return forms


def spelling_variants(phrase: str) -> List[str]:
    """The phrase as people type it: "can't" also as "cant", "cannot", "can not", "unable to"
    and "not able to"; "my leg" also as "my left leg", "my right leg", "his leg", "the leg" and
    "leg"."""
    variants = {phrase}
    words = phrase.split()
    if "can't" in words and any(word in LIMBS for word in words):
        for said in CANNOT_PHRASES:
            variants.add(" ".join(said if word == "can't" else word for word in words))
    variants |= {" ".join(form) for written in list(variants) for form in _said_of_others(written.split())}
    for written in list(variants):
        words = written.split()
        for index in range(len(words) - 1):
            if words[index] in ("my",) + OTHER_POSSESSIVES + MY_SPELLINGS and words[index + 1] in SIDED_PARTS:
                for side in SIDES:
                    variants.add(" ".join(words[: index + 1] + [side] + words[index + 1 :]))
    variants |= {written.replace("'", "") for written in variants if "'" in written}
    for written in list(variants):
        # "couldn't keep my balance", "could not control my bladder": what could not be done a moment ago.
        for short, long in (("can't", "cannot"), ("can't", "can not"), ("cant", "cannot"), ("cant", "cnt"), ("cant", "cyaan"),
                            ("can't", "couldn't"), ("can't", "could not"), ("cant", "couldnt"),
                            # Southern US "cain't keep my balance".
                            ("can't", "cain't"), ("cant", "caint")):
            if short in written.split():
                variants.add(" ".join(long if word == short else word for word in written.split()))
    return sorted(variants)


def entity_ruler_patterns() -> List[Dict[str, str]]:
    """Patterns for spaCy's EntityRuler: the lexicon, with typed variants of each phrase."""
    patterns: Dict[str, Dict[str, str]] = {}
    for label, entries in LEXICON.items():
        for value, phrases in entries.items():
            for phrase in phrases:
                for variant in spelling_variants(phrase):
                    patterns.setdefault(variant, {"label": label, "pattern": variant, "id": value})
    return list(patterns.values())
