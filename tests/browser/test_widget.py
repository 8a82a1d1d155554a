"""The website chat widget in a real Chromium against the real Rasa and action servers.

Each test uses the page the way a person would (typing, clicking, the keyboard alone, a phone
screen, a reload) and checks what they would see; the tracker API only confirms which question
the bot really has open.  Screenshots go to reports/widget-*.png.
"""

from __future__ import annotations

import json
from typing import Dict, List, Optional

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PageProblems, Stack

EMERGENCY_WORDS = "Call your local emergency number now"
MARKUP = "<img src=x onerror=alert(1)>"

# What the person answers to each question: a button's title, or words typed in the box.
CLICK, TYPE = "click", "type"
CALM_ANSWERS: Dict[str, tuple] = {
    "twitch_location": (TYPE, "my calf"),
    "duration_days": (CLICK, "Less than a week"),
    "worsening": (CLICK, "No"),
    "weakness": (CLICK, "No"),
    "atrophy": (CLICK, "No"),
    "spreading": (TYPE, "no"),
    "sensory_symptoms": (CLICK, "No"),
    "neuro_symptoms": (CLICK, "None of these"),
    "daily_impact": (CLICK, "No"),
    "medication_change": (TYPE, "no"),
    "lifestyle_factors": (CLICK, "Caffeine"),
}

# Runs in the page: counts bot messages inside the widget's (open) shadow root.
BOT_REPLIED = """([before]) => {
  const root = document.querySelector('.twitch-chat-host')?.shadowRoot;
  if (!root) return false;
  return root.querySelectorAll('.msg.bot').length > before
    && root.querySelector('.log').getAttribute('aria-busy') === 'false';
}"""
ACTIVE = """() => {
  const element = document.querySelector('.twitch-chat-host').shadowRoot.activeElement;
  if (!element) return null;
  const style = getComputedStyle(element);
  return {id: element.id, cls: element.className, text: element.textContent,
          outline: style.outlineStyle + ' ' + style.outlineWidth};
}"""


# ---- helpers ----------------------------------------------------------------------------------

def bot_count(page: Page) -> int:
    return page.locator(".msg.bot").count()


def wait_for_reply(page: Page, before: int) -> None:
    page.wait_for_function(BOT_REPLIED, arg=[before], timeout=60_000)


def open_chat(page: Page, url: str) -> None:
    """Opens the page and waits for the bot's greeting."""
    page.goto(url)
    wait_for_reply(page, 0)


def type_message(page: Page, text: str) -> None:
    before = bot_count(page)
    page.locator("#tc-input").fill(text)
    page.locator("#tc-input").press("Enter")
    wait_for_reply(page, before)


def click_reply(page: Page, title: str) -> None:
    before = bot_count(page)
    page.locator(".msg.bot").last.get_by_role("button", name=title, exact=True).click()
    wait_for_reply(page, before)


def sender_of(page: Page) -> str:
    stored = page.evaluate(
        "() => Object.keys(localStorage).filter(k => k.startsWith('twitch-chat:')).map(k => localStorage.getItem(k))"
    )
    assert len(stored) == 1, stored
    return json.loads(stored[0])["sender"]


def transcript(page: Page) -> List[str]:
    """Who said what, without the quick-reply buttons (they go once a question is answered)."""
    return page.locator(".msg").evaluate_all(
        "nodes => nodes.map(n => n.className + ': ' + n.querySelector('.text').textContent)"
    )


def log_text(page: Page) -> str:
    return page.locator(".log").inner_text()


def answer_until_done(page: Page, stack: Stack, answers: Dict[str, tuple], max_turns: int = 16) -> List[str]:
    asked: List[str] = []
    sender = sender_of(page)
    for _ in range(max_turns):
        slot: Optional[str] = stack.requested_slot(sender)
        if slot is None:
            return asked
        asked.append(slot)
        assert slot in answers, f"asked {slot} unexpectedly; chat so far:\n{log_text(page)}"
        how, answer = answers[slot]
        (click_reply if how == CLICK else type_message)(page, answer)
    raise AssertionError(f"the assessment did not finish; chat so far:\n{log_text(page)}")


# ---- tests ------------------------------------------------------------------------------------

def test_full_assessment_by_typing_and_clicking(page: Page, stack: Stack, reports) -> None:
    open_chat(page, stack.page_url)
    expect(page.locator(".msg.bot").first).to_contain_text("leg twitching")
    type_message(page, "my leg keeps twitching")
    asked = answer_until_done(page, stack, CALM_ANSWERS)

    text = log_text(page)
    assert "harmless twitching that you can look after yourself" in text
    assert "Caffeine:" in text and "not a diagnosis" in text
    assert {"duration_days", "weakness", "lifestyle_factors"} <= set(asked)
    # The user's bubbles show the button titles, never the payloads behind them.
    users = page.locator(".msg.user").all_inner_texts()
    assert any("Less than a week" in said for said in users)
    assert not any("/inform" in said or "/deny" in said for said in users)
    # Answered questions lose their buttons; the closing advice ("call ... at once if ever") is no alarm.
    assert page.locator(".reply").count() == 0
    assert page.locator(".msg.emergency").count() == 0
    page.screenshot(path=str(reports / "widget-desktop.png"))


def test_reload_mid_conversation_continues_the_same_chat(page: Page, stack: Stack) -> None:
    open_chat(page, stack.page_url)
    type_message(page, "my calf keeps twitching")
    sender = sender_of(page)
    question = stack.requested_slot(sender)
    assert question is not None, log_text(page)
    before = transcript(page)

    page.reload()
    expect(page.locator(".msg")).to_have_count(len(before))
    page.wait_for_timeout(500)  # a wrongly restarted chat would greet again now
    assert transcript(page) == before, "the transcript was not restored"
    assert sender_of(page) == sender, "a reload must keep the sender id"
    assert stack.requested_slot(sender) == question

    # The open question's buttons still work, and the bot moves on to the next question.
    how, answer = CALM_ANSWERS[question]
    (click_reply if how == CLICK else type_message)(page, answer)
    assert stack.requested_slot(sender) not in (None, question), log_text(page)
    assert transcript(page)[: len(before)] == before
    assert "Hi, I'm here to help" not in " ".join(transcript(page)[len(before):])


def test_markup_typed_by_the_user_is_shown_as_text(page: Page, stack: Stack, page_problems: PageProblems) -> None:
    open_chat(page, stack.page_url)
    type_message(page, MARKUP)
    expect(page.locator(".msg.user").last.locator(".text")).to_have_text(MARKUP)
    assert page.locator("img").count() == 0  # pierces the shadow root too
    assert page.evaluate("() => document.querySelectorAll('img').length") == 0
    page.reload()  # restored from localStorage: still text
    expect(page.locator(".msg.user").last.locator(".text")).to_have_text(MARKUP)
    assert page.locator("img").count() == 0
    page.wait_for_timeout(300)
    assert page_problems.dialogs == []


def test_emergency_reply_is_an_alert(page: Page, stack: Stack, reports) -> None:
    open_chat(page, stack.page_url)
    type_message(page, "I suddenly can't move my leg")
    alert = page.locator(".msg.emergency")
    expect(alert).to_have_count(1)
    expect(alert).to_have_attribute("role", "alert")
    expect(alert.locator(".text")).to_contain_text(EMERGENCY_WORDS)
    expect(alert.locator(".icon")).to_be_visible()
    colour = alert.evaluate("element => getComputedStyle(element).backgroundColor")
    red, green, blue = (int(part) for part in colour[colour.index("(") + 1: -1].split(",")[:3])
    assert red > 150 and green < 80 and blue < 80, colour
    expect(alert).to_be_in_viewport()
    page.screenshot(path=str(reports / "widget-emergency.png"))


def test_phone_width(browser, stack: Stack, reports) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 740}, is_mobile=True, has_touch=True)
    try:
        page = context.new_page()
        open_chat(page, stack.page_url)
        type_message(page, "my calf keeps twitching")
        panel = page.locator(".panel").bounding_box()
        assert panel is not None and panel["x"] == 0 and panel["width"] == 375, panel
        assert page.evaluate("() => document.documentElement.scrollWidth") <= 375
        scroller_fits = page.locator(".scroller").evaluate("element => element.scrollWidth <= element.clientWidth")
        assert scroller_fits, "messages overflow sideways"
        for button in page.locator(".reply").all() + [page.locator(".send")]:
            box = button.bounding_box()
            assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= 375, box
        # Buttons and the text box are big enough to hit with a finger.
        assert page.locator("#tc-input").bounding_box()["height"] >= 36
        page.screenshot(path=str(reports / "widget-phone.png"))
        title = page.locator(".reply").first.inner_text()
        before = bot_count(page)
        page.locator(".reply").first.tap()
        wait_for_reply(page, before)
        expect(page.locator(".msg.user").last.locator(".text")).to_have_text(title)
    finally:
        context.close()


def test_keyboard_only(page: Page, stack: Stack) -> None:
    open_chat(page, stack.page_url)
    page.locator("body").focus()
    for _ in range(10):  # Tab reaches the text box without a mouse
        page.keyboard.press("Tab")
        active = page.evaluate(ACTIVE)
        if active and active["id"] == "tc-input":
            break
    else:
        pytest.fail("Tab never reached the message box")

    before = bot_count(page)
    page.keyboard.type("my calf keeps twitching")
    page.keyboard.press("Enter")
    wait_for_reply(page, before)
    active = page.evaluate(ACTIVE)
    assert active["id"] == "tc-input", "focus must stay in the message box"
    assert page.locator("#tc-input").input_value() == ""

    # Shift+Tab from the box lands on the last quick reply; Enter presses it; focus comes back.
    page.keyboard.press("Shift+Tab")
    active = page.evaluate(ACTIVE)
    assert "reply" in active["cls"], active
    assert not active["outline"].startswith("none"), f"no visible focus: {active}"
    chosen = active["text"]
    before = bot_count(page)
    page.keyboard.press("Enter")
    wait_for_reply(page, before)
    expect(page.locator(".msg.user").last.locator(".text")).to_have_text(chosen)
    assert page.evaluate(ACTIVE)["id"] == "tc-input"

    # Escape closes the panel onto the launcher; Enter opens it again with the chat intact.
    count = page.locator(".msg").count()
    page.keyboard.press("Escape")
    expect(page.locator(".panel")).to_be_hidden()
    assert "launcher" in page.evaluate(ACTIVE)["cls"]
    page.keyboard.press("Enter")
    expect(page.locator(".panel")).to_be_visible()
    assert page.evaluate(ACTIVE)["id"] == "tc-input"
    expect(page.locator(".msg")).to_have_count(count)


def test_server_error_is_explained_and_can_be_retried(
    page: Page, stack: Stack, page_problems: PageProblems
) -> None:
    open_chat(page, stack.page_url)
    webhook = f"{stack.rasa_url}/webhooks/rest/webhook"
    page.route(webhook, lambda route: route.fulfill(status=500, body="boom"))
    page.locator("#tc-input").fill("my calf keeps twitching")
    page.locator("#tc-input").press("Enter")
    notice = page.locator(".msg.notice")
    expect(notice).to_contain_text("couldn't reach the assistant")
    expect(page.locator(".msg.user")).to_have_count(1)

    page.unroute(webhook)
    page_problems.errors.clear()  # the browser logs the deliberate 500
    before = bot_count(page)
    notice.get_by_role("button", name="Try again").click()
    wait_for_reply(page, before)
    expect(notice).to_have_count(0)
    expect(page.locator(".msg.user")).to_have_count(1)  # the retry does not repeat the user's words
    assert stack.requested_slot(sender_of(page)) is not None


def test_start_over_begins_a_new_conversation(page: Page, stack: Stack) -> None:
    open_chat(page, stack.page_url)
    type_message(page, "my calf keeps twitching")
    old_sender = sender_of(page)
    before = bot_count(page)
    page.get_by_role("button", name="Start over").click()
    expect(page.locator(".msg.user")).to_have_count(0)
    wait_for_reply(page, 0)
    expect(page.locator(".msg")).to_have_count(1)  # only the new greeting
    assert before > 1
    assert sender_of(page) != old_sender
    assert stack.requested_slot(sender_of(page)) is None


def test_delete_my_data_empties_the_chat_and_the_browser_copy(page: Page, stack: Stack) -> None:
    open_chat(page, stack.page_url)
    type_message(page, "my calf keeps twitching since the wombat party")
    old_sender = sender_of(page)
    page.locator("#tc-input").fill("please delete my data")
    page.locator("#tc-input").press("Enter")
    expect(page.locator(".msg.user")).to_have_count(0, timeout=60_000)
    expect(page.locator(".msg.bot")).to_have_count(1)
    assert "deleted this conversation" in log_text(page)
    stored = page.evaluate("() => Object.values(localStorage).join(' ')")
    assert "wombat" not in stored and sender_of(page) != old_sender
    page.reload()
    expect(page.locator(".msg.bot")).to_have_count(1)
    assert "wombat" not in log_text(page)


def test_one_script_tag_embeds_it_on_another_site(page: Page, stack: Stack, embed_site) -> None:
    """A page on another origin that only adds the script tag with data-* options."""
    html = (
        "<!doctype html><html lang='en'><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
        "<title>Shop</title></head><body><h1>Some other website</h1>"
        f"<script src='{stack.web_url}/widget.js' data-server='{stack.rasa_url}' data-title='Shop helper' "
        "data-primary-color='#7a1f5c' defer></script></body></html>"
    )
    page.goto(embed_site(html))
    launcher = page.get_by_role("button", name="Shop helper")
    expect(launcher).to_be_visible()  # closed until asked: no data-open
    expect(page.locator(".panel")).to_be_hidden()
    launcher.click()
    wait_for_reply(page, 0)
    expect(page.locator("h2")).to_have_text("Shop helper")
    header = page.locator("header").evaluate("element => getComputedStyle(element).backgroundColor")
    assert header == "rgb(122, 31, 92)", header
    type_message(page, "my calf keeps twitching")
    assert stack.requested_slot(sender_of(page)) is not None
