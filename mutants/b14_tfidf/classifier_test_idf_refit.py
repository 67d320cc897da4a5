# replaces: train_tfidf_classifier
# target: test_train_tfidf_classifier
# why: the test matrix gets its own idf from the test documents instead of the training idf
def train_tfidf_classifier(train_docs, train_labels, test_docs, min_df=2, sublinear_tf=True, C=1.0):
    vocab, train_counts, df = count_terms(train_docs, min_df=min_df)
    X_train = tfidf_matrix(train_counts, idf_vector(df, len(train_docs)), norm="l2", sublinear_tf=sublinear_tf)
    _, test_counts, test_df = count_terms(test_docs, vocabulary=vocab)
    X_test = tfidf_matrix(test_counts, idf_vector(test_df, len(test_docs)), norm="l2", sublinear_tf=sublinear_tf)
    clf = LogisticRegression(C=C, max_iter=1000).fit(X_train, np.asarray(train_labels))
    return clf.predict_proba(X_test)[:, 1]
