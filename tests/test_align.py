import numpy as np

from mtaudit.align import AlignParams, align, find_variants


def unit(rows):
    m = np.asarray(rows, dtype=np.float32)
    return m / np.linalg.norm(m, axis=1, keepdims=True)


def basis(n, dim=32, seed=0):
    rng = np.random.default_rng(seed)
    q, _ = np.linalg.qr(rng.normal(size=(dim, dim)))
    return q[:n].astype(np.float32)


def noisy(vectors, scale, seed=1):
    rng = np.random.default_rng(seed)
    return unit(vectors + scale * rng.normal(size=vectors.shape))


def as_pairs(links):
    return sorted((link.reprint, link.original) for link in links)


def test_reordered_paragraphs_link_one_to_one():
    o = basis(6)
    order = [3, 4, 5, 0, 1, 2]  # the second paragraph moved first
    r = noisy(o[order], 0.05)
    links = align(r, o, [0, 0, 0, 1, 1, 1], [0, 0, 0, 1, 1, 1])
    assert as_pairs(links) == [((i,), (o_,)) for i, o_ in enumerate(order)]


def test_addition_and_omission_stay_unlinked():
    o = basis(5)
    extra = basis(8, seed=3)[7:8]  # unrelated to every original sentence
    r = noisy(np.vstack([o[0], extra[0], o[2], o[3]]), 0.05)
    links = align(r, o)
    assert as_pairs(links) == [((0,), (0,)), ((2,), (2,)), ((3,), (3,))]


def test_merge_gives_one_to_two_and_split_gives_two_to_one():
    o = basis(6)
    weights = np.ones(6)
    merged = unit([o[1] + o[2]])[0]
    r = np.vstack([o[0], merged, o[3], o[4] * 0.7 + o[5] * 0.3, o[4] * 0.3 + o[5] * 0.7])
    r = unit(r)
    links = align(r, o, [0, 0, 0, 1, 1], [0, 0, 0, 0, 1, 1], np.ones(5), weights)
    assert ((1,), (1, 2)) in as_pairs(links)
    assert ((0,), (0,)) in as_pairs(links)


def test_split_reprint_sentences_link_two_to_one():
    o = basis(3)
    r = unit(np.vstack([o[0], 0.95 * o[1] + 0.31 * o[2], 0.31 * o[1] + 0.95 * o[2]]))
    o2 = unit(np.vstack([o[0], unit([o[1] + o[2]])[0]]))
    links = align(r, o2, [0, 1, 1], [0, 1])
    assert as_pairs(links) == [((0,), (0,)), ((1, 2), (1,))]


def test_low_similarity_best_match_is_not_a_link():
    o = basis(2)
    r = unit([0.5 * o[0] + 0.866 * basis(4, seed=9)[3]])  # cosine about 0.5 with o[0]
    assert align(r, o, params=AlignParams(link_similarity=0.56, link_similarity_in_context=0.42)) == []


def test_context_links_a_weak_sentence_between_linked_neighbours():
    o = basis(3)
    weak = unit([0.47 * o[1] + 0.88 * basis(5, seed=4)[4]])[0]
    r = unit(np.vstack([o[0], weak, o[2]]))
    links = align(r, o, [0, 0, 0], [0, 0, 0])
    assert ((1,), (1,)) in as_pairs(links)


def test_empty_inputs():
    assert align(np.zeros((0, 4), np.float32), basis(2, 4)) == []
    assert align(basis(2, 4), np.zeros((0, 4), np.float32)) == []


def test_links_are_unique_and_in_range():
    rng = np.random.default_rng(5)
    r, o = unit(rng.normal(size=(40, 16))), unit(rng.normal(size=(30, 16)))
    links = align(r, o, params=AlignParams(link_similarity=0.2, link_similarity_in_context=0.1))
    used_r = [i for link in links for i in link.reprint]
    used_o = [i for link in links for i in link.original]
    assert len(used_r) == len(set(used_r)) and len(used_o) == len(set(used_o))
    assert all(0 <= i < 40 for i in used_r) and all(0 <= i < 30 for i in used_o)


def test_variants_are_recognised_and_twins_mapped():
    a = basis(6)
    b = noisy(a[[2, 0, 1, 5, 4]], 0.01)  # a reordered copy that lost one sentence
    c = basis(12, seed=7)[6:]
    v = find_variants([a, b, c])
    assert v.groups == ((0, 1), (2,))
    assert v.twin_of[(1, 0)] == (0, 2) and v.twin_of[(1, 3)] == (0, 5)
    assert v.shared[(0, 1)] == 1.0
