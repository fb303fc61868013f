/* chibo search: runs from disk (file://) as well as from a server.
   The index is a set of scripts (search/index.js, search/t-*.js,
   search/d-*.js) added with <script> elements on demand, since a page
   opened from disk cannot fetch() a file. Written for browsers from 2019:
   no optional chaining, no nullish coalescing. */
(function () {
  "use strict";

  var state = { manifest: null, terms: {}, documents: {}, loading: {}, loadedBytes: 0 };
  var script = document.currentScript;
  var root = script ? script.getAttribute("data-root") || "" : "";

  // The status line's words. A site in another language than Vietnamese
  // gives its own on the script element (data-words, JSON, from the
  // catalogue's SiteWords), which the Vietnamese page does not need.
  var said = {
    firstResults: "Kết quả cho “{query}” ({count} kết quả đầu)",
    results: "Kết quả cho “{query}”: {count}",
    noResults: "Không tìm thấy trang nào cho “{query}”."
  };
  try {
    var given = JSON.parse(script && script.getAttribute("data-words") || "{}");
    for (var name in said) {
      if (typeof given[name] === "string") { said[name] = given[name]; }
    }
  } catch (error) { /* words that do not parse leave the Vietnamese */ }

  // A status line with its values: the count first, so that a query that
  // holds "{count}" stays as typed.
  function say(name, query, count) {
    return said[name].split("{count}").join(String(count)).split("{query}").join(query);
  }

  window.chiboSearch = {
    manifest: function (manifest) { state.manifest = manifest; },
    terms: function (key, table) { state.terms[key] = table; },
    documents: function (number, list) { state.documents[number] = list; },
    state: state,
    search: search,
    last: null
  };

  // Words, terms and spellings: the same rules as SearchTokens.swift.
  var TONES = { "\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5" };
  // Letters and digits of the Latin (with Vietnamese), Greek and Cyrillic
  // scripts: written out, since browsers of 2019 do not all know \p{L}.
  var LETTERS = "0-9A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u0300-\u036F\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF";
  var WORD = new RegExp("[" + LETTERS + "]+", "g");
  // Results shown: each loads its document's shard, for the snippet.
  var SHOWN = 12;

  function fold(text) {
    return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "")
      .replace(/[\u0111\u0110\u00f0\u00d0]/g, "d").toLowerCase();
  }

  function spelling(word) {
    var tone = "";
    var letters = "";
    var decomposed = word.toLowerCase().normalize("NFD");
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed.charAt(i);
      if (TONES[c]) { tone = TONES[c]; } else { letters += c; }
    }
    return letters.normalize("NFC") + tone;
  }

  // A number is the same term whatever its leading zeros (2 = 02 = 002),
  // as SearchTokens.swift indexes it.
  function withoutLeadingZeros(word) {
    return /^0[0-9]+$/.test(word) ? (word.replace(/^0+/, "") || "0") : word;
  }

  function words(text) {
    var found = text.match(WORD) || [];
    var result = [];
    for (var i = 0; i < found.length; i++) {
      var folded = fold(found[i]);
      if (!folded) { continue; }
      var term = withoutLeadingZeros(folded);
      result.push({ term: term, spelling: withoutLeadingZeros(spelling(found[i])), marked: folded !== found[i].toLowerCase() });
    }
    return result;
  }

  // The shard of a term: the longest of its first 4, 3 or 2 letters that
  // names a shard (SearchIndex.swift splits large groups).
  function shardKey(term) {
    var plain = term.replace(/[^a-z0-9]/g, "_");
    for (var length = Math.min(4, plain.length); length >= 1; length--) {
      var key = plain.slice(0, length);
      if (state.manifest.terms[key] !== undefined) { return key; }
    }
    return plain.slice(0, 2);
  }

  function load(path, bytes) {
    if (state.loading[path]) { return state.loading[path]; }
    state.loading[path] = new Promise(function (resolve, reject) {
      var element = document.createElement("script");
      element.src = root + path;
      element.onload = function () { state.loadedBytes += bytes || 0; resolve(); };
      element.onerror = function () { reject(new Error("cannot load " + path)); };
      document.head.appendChild(element);
    });
    return state.loading[path];
  }

  function loadManifest() {
    return state.manifest ? Promise.resolve() : load("search/index.js", 0);
  }

  function loadTerms(keys) {
    var waits = [];
    keys.forEach(function (key) {
      if (state.terms[key] || state.manifest.terms[key] === undefined) { return; }
      waits.push(load("search/t-" + key + ".js", state.manifest.terms[key]));
    });
    return Promise.all(waits);
  }

  function loadDocuments(numbers) {
    var per = state.manifest.documentsPerShard;
    var shards = {};
    numbers.forEach(function (n) { shards[Math.floor(n / per)] = true; });
    return Promise.all(Object.keys(shards).map(function (shard) {
      return state.documents[shard] ? null : load("search/d-" + shard + ".js", state.manifest.documentShards[shard]);
    }));
  }

  function documentAt(n) {
    var per = state.manifest.documentsPerShard;
    return state.documents[Math.floor(n / per)][n % per];
  }

  // A term's postings come as one string of base-32 digits (PostingDigits
  // in SearchIndex.swift): upper-case letters, 6-9, + and / are a number's
  // higher digits, lower-case letters and 0-5 its last. A string costs the
  // browser almost nothing to load, where an array of numbers is parsed
  // number by number. Read into numbers once, when a query first needs them.
  var DIGITS = (function () {
    var table = new Int8Array(128);
    var last = "abcdefghijklmnopqrstuvwxyz012345";
    var more = "ABCDEFGHIJKLMNOPQRSTUVWXYZ6789+/";
    for (var i = 0; i < 32; i++) {
      table[last.charCodeAt(i)] = i;
      table[more.charCodeAt(i)] = 32 + i;
    }
    return table;
  })();

  function numbersOf(entry) {
    if (typeof entry[1] !== "string") { return entry[1]; }
    var text = entry[1];
    var numbers = [];
    var value = 0;
    for (var i = 0; i < text.length; i++) {
      var digit = DIGITS[text.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
      } else {
        numbers.push(value * 32 + digit);
        value = 0;
      }
    }
    entry[1] = numbers;
    return numbers;
  }

  // Calls visit(document, weight, exact) for every page that has the term;
  // exact when the page writes it with the query's spelling. Returns how
  // many pages have it.
  function eachPosting(term, querySpelling, visit) {
    var table = state.terms[shardKey(term)];
    var entry = table && table[term];
    if (!entry) { return 0; }
    var forms = entry[0] || [];
    var marked = forms.length > 1;
    var bit = marked ? 1 << forms.indexOf(querySpelling) : 0;
    if (marked && forms.indexOf(querySpelling) < 0) { bit = 0; }
    var always = forms.length === 1 ? forms[0] === querySpelling : forms.length === 0 && term === querySpelling;
    var numbers = numbersOf(entry);
    var step = marked ? 3 : 2;
    var at = 0;
    for (var i = 0; i < numbers.length; i += step) {
      at += numbers[i];
      visit(at, numbers[i + 1], marked ? (numbers[i + 2] & bit) !== 0 : always);
    }
    return numbers.length / step;
  }

  // Terms of the shard that start with a prefix, for the word being typed.
  function expansions(prefix) {
    var table = state.terms[shardKey(prefix)] || {};
    var result = [];
    for (var term in table) {
      if (term !== prefix && term.lastIndexOf(prefix, 0) === 0) { result.push(term); }
      if (result.length >= 40) { break; }
    }
    return result;
  }

  // A posting's weight: occurrences in the text (0–15) and flags for a
  // heading (16), the title (32), a symbol or name (64).
  function strength(weight) {
    var count = weight & 15;
    return count / (count + 1.5) + (weight & 16 ? 0.6 : 0) + (weight & 32 ? 2 : 0) + (weight & 64 ? 2.5 : 0);
  }

  function rank(query) {
    var total = state.manifest.documents;
    // One slot per page, in typed arrays: a query touches thousands.
    var words = new Uint8Array(total);
    var titled = new Uint8Array(total);
    var exact = new Uint8Array(total);
    var score = new Float64Array(total);
    var seenAt = new Int32Array(total);
    var touched = [];
    query.forEach(function (word, position) {
      var lists = [{ term: word.term, factor: 1 }];
      if (position === query.length - 1 && word.term.length >= 3) {
        expansions(word.term).forEach(function (term) { lists.push({ term: term, factor: 0.5 }); });
      }
      var stamp = position + 1;
      lists.forEach(function (list) {
        var table = state.terms[shardKey(list.term)];
        var entry = table && table[list.term];
        var count = entry ? numbersOf(entry).length / ((entry[0] || []).length > 1 ? 3 : 2) : 0;
        var idf = Math.log(1 + total / Math.max(count, 1));
        eachPosting(list.term, word.spelling, function (doc, weight, isExact) {
          if (seenAt[doc] === 0) { touched.push(doc); }
          if (seenAt[doc] !== stamp) {
            seenAt[doc] = stamp;
            words[doc] += 1;
            if (weight & 96) { titled[doc] += 1; }
          }
          if (word.marked && isExact && list.factor === 1) { exact[doc] += 1; }
          score[doc] += list.factor * idf * strength(weight);
        });
      });
    });
    var n = query.length;
    var every = touched.filter(function (doc) { return words[doc] === n; });
    var chosen = every.length ? every : touched;
    // Pages with every word first, those whose title (or symbol, or name)
    // has every word before the others; then, for a query typed with
    // diacritics, pages that spell its words as typed; then by score.
    chosen.sort(function (a, b) {
      return words[b] - words[a] || (titled[b] === n) - (titled[a] === n) || exact[b] - exact[a]
        || score[b] - score[a] || a - b;
    });
    return chosen.slice(0, SHOWN);
  }

  // Where the query's words stand in a text, by folding it letter by letter
  // (an NFC letter folds to one letter, so places carry over).
  function matches(text, query) {
    var folded = fold(text);
    var places = [];
    if (folded.length !== text.length) { return places; }
    var re = new RegExp("[" + LETTERS + "]+", "g");
    var match;
    while ((match = re.exec(folded)) !== null) {
      var word = withoutLeadingZeros(match[0]);
      for (var i = 0; i < query.length; i++) {
        var term = query[i].term;
        var last = i === query.length - 1 && term.length >= 3;
        if (word === term || (last && word.lastIndexOf(term, 0) === 0)) {
          places.push([match.index, match.index + match[0].length]);
          break;
        }
      }
    }
    return places;
  }

  // Text with the query's words marked, into an element.
  function appendMarked(element, text, query, start, end) {
    var at = start;
    matches(text, query).forEach(function (place) {
      if (place[0] < start || place[1] > end) { return; }
      element.appendChild(document.createTextNode(text.slice(at, place[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(place[0], place[1]);
      element.appendChild(mark);
      at = place[1];
    });
    element.appendChild(document.createTextNode(text.slice(at, end)));
  }

  function snippet(text, query) {
    var places = matches(text, query);
    var start = places.length ? Math.max(0, places[0][0] - 60) : 0;
    var end = Math.min(text.length, start + 220);
    var paragraph = document.createElement("p");
    paragraph.className = "search-snippet";
    if (start > 0) { paragraph.appendChild(document.createTextNode("… ")); }
    appendMarked(paragraph, text, query, start, end);
    if (end < text.length) { paragraph.appendChild(document.createTextNode(" …")); }
    return paragraph;
  }

  // The first heading that holds a query word: the result links there.
  function anchorFor(headings, query) {
    for (var i = 0; i < headings.length; i++) {
      if (matches(headings[i][0], query).length) { return "#" + headings[i][1]; }
    }
    return "";
  }

  function search(text) {
    var started = performance.now();
    var query = words(text);
    var output = document.getElementById("search-results");
    if (!query.length) {
      output.innerHTML = "";
      return Promise.resolve([]);
    }
    var bytesBefore = state.loadedBytes;
    var phases = {};
    function mark(name) { phases[name] = Math.round(performance.now() - started); }
    var status = document.getElementById("search-status");
    return loadManifest().then(function () {
      mark("manifest");
      var keys = {};
      query.forEach(function (word) { keys[shardKey(word.term)] = true; });
      return loadTerms(Object.keys(keys));
    }).then(function () {
      mark("terms");
      var ranked = rank(query);
      mark("ranked");
      var list = document.createElement("ol");
      list.className = "search-list";
      output.innerHTML = "";
      output.appendChild(list);
      if (status) {
        status.textContent = ranked.length ? say(ranked.length === SHOWN ? "firstResults" : "results", text, ranked.length)
          : say("noResults", text, 0);
      }
      // Every result's document shard loads at once; each result is shown
      // as soon as it and those above it are in, the first one first.
      var shown = Promise.resolve();
      ranked.forEach(function (doc, index) {
        var loaded = loadDocuments([doc]);
        shown = shown.then(function () { return loaded; }).then(function () {
          list.appendChild(resultItem(documentAt(doc), query));
          if (index === 0) {
            mark("first");
            window.chiboSearch.shownAt = performance.now();
          }
        });
      });
      return shown.then(function () {
        mark("documents");
        if (!ranked.length) { window.chiboSearch.shownAt = performance.now(); }
        window.chiboSearch.last = {
          query: text, results: ranked.length, milliseconds: phases.first === undefined ? performance.now() - started : phases.first,
          phases: phases, bytesLoaded: state.loadedBytes - bytesBefore
        };
        return ranked;
      });
    });
  }

  function resultItem(doc, query) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = doc[0] + anchorFor(doc[3], query);
    appendMarked(link, doc[1], query, 0, doc[1].length);
    item.appendChild(link);
    var kind = document.createElement("span");
    kind.className = "detail";
    kind.textContent = " " + doc[2];
    item.appendChild(kind);
    item.appendChild(snippet(doc[4], query));
    return item;
  }

  // The search page: run the query of the address (search.html?q=…), as
  // you type, and move through results with the arrow keys.
  function start() {
    var input = document.getElementById("search-input");
    var output = document.getElementById("search-results");
    if (!input || !output) { return; }
    var params = new URLSearchParams(window.location.search);
    var initial = params.get("q") || "";
    input.value = initial;
    if (initial) { search(initial); }
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        if (window.history && window.history.replaceState) {
          window.history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
        }
        search(input.value);
      }, 120);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key !== "ArrowDown" && event.key !== "ArrowUp") { return; }
      var links = Array.prototype.slice.call(output.querySelectorAll("a"));
      if (!links.length) { return; }
      var at = links.indexOf(document.activeElement);
      var next = event.key === "ArrowDown" ? at + 1 : at - 1;
      if (next < 0) { input.focus(); } else if (next < links.length) { links[next].focus(); }
      event.preventDefault();
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
